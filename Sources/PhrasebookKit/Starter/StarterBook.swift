import Foundation

/// The book `phrasebook new` starts a team with: two chapters, two situations, two roles, a variable, a slot, a
/// "don't say", a dialogue and a taboo, each commented, that checks without errors or warnings; with a copy of the
/// templates beside it, to edit.
public enum StarterBook {
    /// The files of the content folder, by path inside it.
    public static let contentFiles: [String: String] = [
        "phrasebook.xml": phrasebook,
        "situations/silent-call.xml": silentCall,
        "situations/counter-welcome.xml": counterWelcome,
        "taboos.xml": taboos,
    ]

    /// Writes a new project into `folder`: `Content/` (the starter book), `Templates/` (a copy of `templates`'
    /// folders and files, links copied as what they lead to) and a `.gitignore` for `Output/`. The
    /// folder must not exist, or be an empty folder (not a link); its parent must exist; it must not be inside
    /// `Content/` or `Output/`. The project is written beside it and moved in without replacing anything: nothing
    /// that is there, or appears there meanwhile, is ever removed, and a refusal leaves nothing behind.
    public static func create(at folder: String, templates: String) throws {
        var target = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        // `.` or `..` (the empty folder the user is in, or its parent): the folder by its absolute path, so that
        // it has a name and a parent.
        if target == "." || target == ".." || target.hasSuffix("/.") || target.hasSuffix("/..") {
            target = URL(fileURLWithPath: target).standardizedFileURL.path
        }
        // Split by hand: Foundation's path methods trap on a one-letter name here (NSString on Linux).
        let slash = target.lastIndex(of: "/")
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let parentPath = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        func refuse(_ reason: String) -> PhrasebookError { .invalidOption("\(target): \(reason)") }
        var isFolder: ObjCBool = false
        guard !name.isEmpty, name != ".", name != "..",
            FileManager.default.fileExists(atPath: parentPath, isDirectory: &isFolder), isFolder.boolValue
        else { throw refuse("give the path of a new folder whose parent folder exists") }
        switch FileSystem.kind(target) {
        case .missing: break
        case .folder where FileSystem.names(in: target).isEmpty: break
        case .folder: throw refuse("it is not empty: give a new folder's name")
        case .file: throw refuse("a file of that name exists")
        case .other: throw refuse("it is a link or a special file: give the path of a folder of its own")
        }
        let absolute = URL(fileURLWithPath: target).standardizedFileURL.path
        let here = FileManager.default.currentDirectoryPath
        for reserved in ["Content", "Output"] where absolute.hasPrefix(here + "/" + reserved + "/") {
            throw refuse("it is inside \(reserved)/, which the tool reads or writes: give a folder outside it")
        }
        let templatesPath = URL(fileURLWithPath: templates).standardizedFileURL.resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        if resolved == templatesPath || resolved.hasPrefix(templatesPath + "/") {
            throw refuse("it is inside the templates to copy (\(templates)/): give a folder outside them")
        }
        guard FileManager.default.fileExists(atPath: templates + "/html", isDirectory: &isFolder), isFolder.boolValue
        else {
            throw PhrasebookError.invalidOption(
                "the templates to copy are not at \(templates)/: run phrasebook new in the phrasebook folder "
                    + "(where Templates/ is), or give them with --templates DIR")
        }
        removeLeftovers(of: name, in: parentPath)
        let staging = parentPath + "/.\(name).new-\(getpid())"
        do {
            try writeProject(into: staging, templates: templates)
            try moveIn(staging, target)
        } catch {
            FileSystem.removeTree(staging)
            throw refuse("\(reason(error)); nothing was written there")
        }
    }

    /// What went wrong, in words: a path and the system's reason, without the build's "previous output" wording.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case PhrasebookError.outputFailed(let path, let reason): "\(path): \(reason)"
        case PhrasebookError.invalidOption(let reason): reason
        default: "\(error)"
        }
    }

    /// The staging folders beside `parent/name` that runs of `new` killed before they finished left (named
    /// `.NAME.new-PID`, whose process is gone); a running one's is left alone.
    private static func removeLeftovers(of name: String, in parent: String) {
        let prefix = ".\(name).new-"
        for entry in FileSystem.entries(in: parent) where entry.kind == .folder && entry.name.hasPrefix(prefix) {
            guard let pid = Int32(entry.name.dropFirst(prefix.count)) else { continue }
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) {
                FileSystem.removeTree(parent + "/" + entry.name)
            }
        }
    }

    /// The project's files, into the new folder `staging`.
    private static func writeProject(into staging: String, templates: String) throws {
        for folder in [staging, staging + "/Content", staging + "/Content/situations"] {
            guard mkdir(folder, 0o755) == 0 else { throw PhrasebookError.outputFailed(path: folder, reason: why()) }
        }
        for (path, text) in contentFiles.sorted(by: { $0.key < $1.key }) {
            try FileSystem.writeNew(Array(text.utf8), to: staging + "/Content/" + path)
        }
        try copyFoldersAndFiles(templates, to: staging + "/Templates")
        try FileSystem.writeNew(Array("Output/\n".utf8), to: staging + "/.gitignore")
    }

    /// Copies `source`'s folders and files into the new folder `destination`, a link as what it leads to (the
    /// templates, or a partial in them, may be links to a team's shared ones). Refuses, naming it, a link that
    /// leads nowhere or back into a folder it is in, and a FIFO or device (never waited on): the new book would
    /// lack what the templates name. `inside`: the folders being copied, where the links lead.
    private static func copyFoldersAndFiles(_ source: String, to destination: String, inside: [String] = [])
        throws
    {
        let real = URL(fileURLWithPath: source).resolvingSymlinksInPath().path
        guard !inside.contains(real) else {
            throw PhrasebookError.unreadableFile(path: source, reason: "a link that leads back into the templates")
        }
        guard mkdir(destination, 0o755) == 0 else {
            throw PhrasebookError.outputFailed(path: destination, reason: why())
        }
        for entry in FileSystem.entries(in: real) {
            let from = source + "/" + entry.name
            let to = destination + "/" + entry.name
            switch entry.kind == .other ? FileSystem.kind(from, following: true) : entry.kind {
            case .folder: try copyFoldersAndFiles(from, to: to, inside: inside + [real])
            case .file:
                guard let bytes = FileManager.default.contents(atPath: from) else {
                    throw PhrasebookError.unreadableFile(path: from, reason: "it cannot be read")
                }
                try FileSystem.writeNew(bytes, to: to)
            case .missing, .other:
                throw PhrasebookError.unreadableFile(
                    path: from, reason: "a link that leads nowhere, or a special file: make it a file, or remove it")
            }
        }
    }

    /// Moves the project at `staging` to `target`: the whole folder when there is none, else (an empty folder,
    /// kept with its owner and mode) each of its entries, none replacing anything; a move refused puts back what
    /// was moved.
    private static func moveIn(_ staging: String, _ target: String) throws {
        guard FileSystem.kind(target) == .folder else {
            try FileSystem.moveNoReplace(staging, target)
            return
        }
        var moved: [String] = []
        do {
            for name in FileSystem.names(in: staging) {
                try FileSystem.moveNoReplace(staging + "/" + name, target + "/" + name)
                moved.append(name)
            }
        } catch {
            for name in moved { try? FileSystem.moveNoReplace(target + "/" + name, staging + "/" + name) }
            throw PhrasebookError.invalidOption("something appeared in it meanwhile")
        }
        _ = rmdir(staging)
    }

    private static func why() -> String { String(cString: strerror(errno)) }

    private static let phrasebook = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Your phrasebook: its title, languages, roles, channels, categories, placeholders and chapters.
             Rename and add to all of them; every id is lower-case letters, digits and hyphens.
             The format: Documentation/ContentFormat.md of phrasebook. Check as you go: phrasebook check -->
        <phrasebook version="1">
          <title><zh>服务规范用语手册</zh><ko>서비스 표준 문구집</ko><en>Service Phrasebook</en></title>
          <!-- The source language first: every text is written in it, and translated into the others. -->
          <languages source="zh">
            <language code="zh" tag="zh-Hans" name="中文"/>
            <language code="ko" tag="ko" name="한국어"/>
            <language code="en" tag="en" name="English"/>
          </languages>
          <!-- Who reads the book: each role gets its own handbook and pocket cards. -->
          <roles>
            <role id="hotline-agent"><zh>客服代表</zh><ko>상담원</ko><en>Hotline agent</en></role>
            <role id="counter-clerk"><zh>营业员</zh><ko>창구 직원</ko><en>Counter clerk</en></role>
          </roles>
          <channels>
            <channel id="phone"><zh>电话</zh><ko>전화</ko><en>Phone</en></channel>
            <channel id="counter"><zh>营业厅</zh><ko>창구</ko><en>Counter</en></channel>
          </channels>
          <categories>
            <category id="greeting"><zh>问候语</zh><ko>인사말</ko><en>Greeting</en></category>
            <category id="farewell"><zh>道别语</zh><ko>끝인사</ko><en>Farewell</en></category>
          </categories>
          <!-- A variable is filled in by the build ({company} → its value); a slot is filled in by the person
               speaking ({surname} → the customer's surname) and is shown as a blank to fill. -->
          <placeholders>
            <variable name="company"><zh>示例公司</zh><ko>예시 회사</ko><en>Example Company</en></variable>
            <slot name="surname"><zh>姓</zh><ko>성</ko><en>surname</en></slot>
          </placeholders>
          <!-- The order of the book: each situation file (situations/ID.xml) is listed in one chapter. -->
          <chapters>
            <chapter id="phone-calls">
              <title><zh>电话服务</zh><ko>전화 응대</ko><en>On the phone</en></title>
              <situation ref="silent-call"/>
            </chapter>
            <chapter id="at-the-counter">
              <title><zh>营业厅服务</zh><ko>창구 응대</ko><en>At the counter</en></title>
              <situation ref="counter-welcome"/>
            </chapter>
          </chapters>
        </phrasebook>

        """

    private static let silentCall = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- One situation per file, named for its id. roles and channels say who meets it and where; leave them
             out and it is for everyone. Phrase ids start with the situation's id. -->
        <situation id="silent-call" roles="hotline-agent" channels="phone">
          <title><zh>无声电话</zh><ko>무음 전화</ko><en>Silent call</en></title>
          <!-- Search keywords: per language, what its readers would type to find this, that the texts do not say. -->
          <keywords><zh>不说话，没声音</zh><ko>말이 없는 고객, 소리 안 남</ko><en>no one there, dead air</en></keywords>
          <when><zh>电话接通后听不到客户的声音。</zh><ko>전화는 연결됐지만 고객님 목소리가 들리지 않습니다.</ko><en>The call connects, but the caller says nothing.</en></when>
          <guideline><zh>每句之间停顿约5秒。</zh><ko>한 마디 할 때마다 5초 정도 기다립니다.</ko><en>Pause for about 5 seconds between prompts.</en></guideline>
          <!-- Phrases in <steps> are said in this order and numbered. card="true" puts one on the pocket cards. -->
          <steps>
            <phrase id="silent-call-connected" category="greeting" card="true">
              <zh>您好，这里是{company}，您的电话已接通。</zh>
              <ko>안녕하세요, {company}입니다. 전화 연결되었습니다.</ko>
              <en>Hello, this is {company}. You're through.</en>
              <note><zh>停顿3秒左右。</zh><ko>3초 정도 기다립니다.</ko><en>Wait about 3 seconds.</en></note>
            </phrase>
            <phrase id="silent-call-hang-up" category="farewell">
              <zh>对不起，{surname}先生/女士，听不到您的声音，请您换一部电话再打过来，谢谢。</zh>
              <ko>죄송합니다, {surname} 고객님. 목소리가 들리지 않아서요. 다른 전화로 다시 걸어 주시겠어요? 감사합니다.</ko>
              <en>I'm sorry, Mr/Ms {surname}, I can't hear you. Could you call us again from another phone? Thank you.</en>
              <!-- What not to say instead, and why. -->
              <avoid>
                <zh>喂，说话呀！再不说话我就挂了啊！</zh>
                <ko>여보세요, 말 좀 하세요! 말 안 하면 끊습니다!</ko>
                <en>Hello? Say something! I'm hanging up!</en>
                <why><zh>客户听到的是不耐烦。</zh><ko>고객에게는 짜증 내는 것으로 들립니다.</ko><en>The caller hears impatience.</en></why>
              </avoid>
            </phrase>
          </steps>
          <!-- A model conversation: the agent's turns name phrases above; the customer's are written out. -->
          <dialogue id="silent-call-example">
            <title><zh>示例</zh><ko>예시</ko><en>Example</en></title>
            <turn speaker="agent" phrase="silent-call-connected"/>
            <turn speaker="customer"><zh>……</zh><ko>……</ko><en>…</en></turn>
            <branch>
              <case>
                <when><zh>客户仍无回应</zh><ko>여전히 응답이 없을 때</ko><en>Still no answer</en></when>
                <turn speaker="agent" phrase="silent-call-hang-up"/>
              </case>
            </branch>
          </dialogue>
        </situation>

        """

    private static let counterWelcome = """
        <?xml version="1.0" encoding="UTF-8"?>
        <situation id="counter-welcome" roles="counter-clerk" channels="counter">
          <title><zh>迎接客户</zh><ko>고객 맞이</ko><en>Welcoming a customer</en></title>
          <phrase id="counter-welcome-hello" category="greeting" card="true">
            <zh>您好，欢迎光临，请坐。</zh>
            <ko>어서 오세요. 이쪽으로 앉으세요.</ko>
            <en>Hello and welcome. Please have a seat.</en>
          </phrase>
          <phrase id="counter-welcome-bye" category="farewell">
            <zh>请慢走，欢迎再来。</zh>
            <ko>안녕히 가세요. 또 찾아 주세요.</ko>
            <en>Goodbye, and do come again.</en>
          </phrase>
        </situation>

        """

    private static let taboos = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Things never to say, anywhere. <match> is what the checks look for in every text; <instead> names the
             phrase to say instead. -->
        <taboos>
          <taboo id="taboo-my-attitude">
            <zh>我就这态度，你要怎样？</zh>
            <ko>제 태도가 원래 이래요. 어쩌라고요?</ko>
            <en>That's just how I am. What are you going to do about it?</en>
            <match>我就这态度</match>
            <instead phrase="silent-call-hang-up"/>
          </taboo>
        </taboos>

        """
}
