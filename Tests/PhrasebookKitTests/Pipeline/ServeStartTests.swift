import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `serve` says at once, in words, when it cannot listen where it was asked: before building anything.
@Suite("serve: where it cannot listen")
struct ServeStartTests {
    /// A socket listening on a free port of 127.0.0.1, and that port.
    private func occupiedPort() throws -> (descriptor: Int32, port: Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && listen(descriptor, 1) == 0
                    && getsockname(descriptor, address, &length) == 0
            }
        }
        try #require(bound)
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test("a port in use is exit 2 naming the port and what to do, and no preview is built")
    func portInUse() throws {
        let (descriptor, port) = try occupiedPort()
        defer { close(descriptor) }
        let result = try PhrasebookCommand.run([
            "serve", "--port", String(port), "--content", TestPaths.content, "--templates", TestPaths.templates,
        ])
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("port \(port) on 127.0.0.1 is already in use"), "\(result.err)")
        #expect(result.err.contains("--port 0 for a free one"))
        #expect(!result.err.contains("built"), "\(result.err)")
        #expect(!result.err.contains("errno"), "\(result.err)")
    }

    @Test("serve takes no --output (it never writes an output folder): refused, and not in its help")
    func noOutputOption() throws {
        let result = try PhrasebookCommand.run([
            "serve", "--output", TestPaths.scratch() + "/site", "--content", TestPaths.content, "--templates",
            TestPaths.templates,
        ])
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("serve takes no --output"), "\(result.err)")
        #expect(result.err.contains("phrasebook build --output"), "\(result.err)")
        #expect(!result.err.contains("built"), "\(result.err)")
        let help = try PhrasebookCommand.run(["serve", "--help"]).out
        #expect(!help.contains("--output") && help.contains("--templates") && help.contains("--content"), "\(help)")
    }

    @Test("a host that does not resolve, or is not this machine's, is exit 2 saying so")
    func badHost() throws {
        for (host, port) in [("no-such-host.invalid", "8123"), ("192.0.2.1", "8123"), ("192.0.2.1", "0")] {
            let result = try PhrasebookCommand.run([
                "serve", "--host", host, "--port", port, "--content", TestPaths.content, "--templates",
                TestPaths.templates,
            ])
            #expect(result.status == 2, "\(result.err)")
            #expect(result.err.contains("cannot listen on \(host)"), "\(result.err)")
            #expect(result.err.contains("such as 127.0.0.1"), "\(result.err)")
            #expect(!result.err.contains("SocketAddressError"), "\(result.err)")
        }
    }
}
