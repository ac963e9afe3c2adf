import Foundation
import Testing

@testable import PhrasebookKit

/// `phrasebook serve --navigate-to-changed`: the page a saved content file shows on, and the place on it.
@Suite("Where a save shows: the page of the file saved, the element where the page first differs")
struct EditedPlaceTests {
    @Test("A situation's file or the taboos' names its page, phrasebook.xml the glossary; several or templates none")
    func page() {
        let content = "/book/Content"
        #expect(
            EditedPlace.page(changed: ["/book/Content/situations/refund.xml"], contentFolder: content)
                == "situations/refund.html")
        #expect(EditedPlace.page(changed: ["/book/Content/taboos.xml"], contentFolder: content + "/") == "taboos.html")
        #expect(EditedPlace.page(changed: ["/book/Content/phrasebook.xml"], contentFolder: content) == "glossary.html")
        // A template saved with the file is not a content file: the situation still names its page.
        #expect(
            EditedPlace.page(
                changed: ["/book/Content/situations/refund.xml", "/book/Templates/html/situation.mustache"],
                contentFolder: content) == "situations/refund.html")
        for changed in [
            ["/book/Content/situations/refund.xml", "/book/Content/situations/silent-call.xml"],
            ["/book/Templates/html/situation.mustache"],
            ["/book/Content/situations/refund.xml.txt"],
            ["/book/Content/situations/old/refund.xml"],
            ["/book/Content-old/situations/refund.xml"],
        ] {
            #expect(EditedPlace.page(changed: changed, contentFolder: content) == nil, "\(changed)")
        }
    }

    @Test("The anchor is the last id before the first difference, inside main; none in the header or unchanged")
    func anchor() {
        func page(_ body: String) -> Data {
            Data(("<header id=\"top\"><h1>Book</h1></header><main id=\"main\">" + body + "</main>").utf8)
        }
        let old = page("<li id=\"a\">One</li><li id=\"b\">Two</li><p>after</p>")
        #expect(
            EditedPlace.anchor(old: old, new: page("<li id=\"a\">One</li><li id=\"b\">Too</li><p>after</p>")) == "b")
        #expect(EditedPlace.anchor(old: old, new: page("<li id=\"a\">1</li><li id=\"b\">Two</li><p>after</p>")) == "a")
        // Text without an id after an element that has one: the element before it.
        #expect(
            EditedPlace.anchor(old: old, new: page("<li id=\"a\">One</li><li id=\"b\">Two</li><p>later</p>")) == "b")
        // A phrase added whose id shares its start with the next one's: the new id, read from the new page.
        #expect(
            EditedPlace.anchor(
                old: page("<li id=\"x-bye\">Bye</li>"), new: page("<li id=\"x-ask\">Ask</li><li id=\"x-bye\">Bye</li>"))
                == "x-ask")
        #expect(EditedPlace.anchor(old: old, new: old) == nil)
        #expect(
            EditedPlace.anchor(
                old: page("<li id=\"a\">One</li>"), new: page("<li id=\"a\">One</li><li id=\"b\">Two</li>"))
                == "b", "an element added: its own id")
        let renamed = Data(("<header id=\"top\"><h1>Books</h1></header><main id=\"main\">").utf8)
        #expect(EditedPlace.anchor(old: page(""), new: renamed + Data("</main>".utf8)) == nil, "in the header")
        #expect(EditedPlace.anchor(old: page("<p>x</p>"), new: page("<p>y</p>")) == nil, "no id in main before it")
        // A title every page shows changed with the text: the place is the text's.
        #expect(
            EditedPlace.anchor(
                old: old,
                new: Data("<header id=\"top\"><h1>Books of ours</h1></header><main id=\"main\">".utf8)
                    + Data("<li id=\"a\">One</li><li id=\"b\">Too</li><p>after</p></main>".utf8)) == "b")
        // The footer (the edition stamp) is no place.
        #expect(
            EditedPlace.anchor(old: old + Data("<p>Edition 1</p>".utf8), new: old + Data("<p>Edition 2</p>".utf8))
                == nil)
    }

    @Test("The place is the page and its element; a page alone, but the glossary only at a term")
    func place() {
        let old = Data("<main id=\"main\"><li id=\"a\">One</li></main>".utf8)
        let new = Data("<main id=\"main\"><li id=\"a\">Two</li></main>".utf8)
        let header = Data("<h1>New</h1>".utf8) + old
        #expect(EditedPlace.place(of: "situations/x.html", before: old, after: new) == "situations/x.html#a")
        #expect(EditedPlace.place(of: "situations/x.html", before: old, after: header) == "situations/x.html")
        #expect(EditedPlace.place(of: "situations/x.html", before: nil, after: new) == "situations/x.html", "new")
        #expect(EditedPlace.place(of: "situations/x.html", before: old, after: old) == nil, "unchanged")
        #expect(EditedPlace.place(of: "situations/x.html", before: old, after: nil) == nil, "removed")
        #expect(EditedPlace.place(of: "glossary.html", before: old, after: new) == "glossary.html#a")
        #expect(EditedPlace.place(of: "glossary.html", before: old, after: header) == nil, "the title, on every page")
    }
}
