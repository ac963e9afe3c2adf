import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether `serve` can listen where it was asked, found before the first build (which takes a while on a big
/// book) and said in the user's words: a port already taken, a host name that does not resolve, an address not
/// on this machine. A socket is bound as the server will bind it (with `SO_REUSEADDR`) and closed at once.
public enum ListenProbe {
    /// Why the server could not listen.
    public struct Refusal: Error, CustomStringConvertible {
        /// What went wrong and what to do, for the terminal.
        public let description: String
    }

    /// Throws a ``Refusal`` when `host:port` cannot be listened on (port 0: any free port of `host`).
    public static func check(host: String, port: Int) throws(Refusal) {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &found)
        guard resolved == 0, let first = found else {
            throw Refusal(
                description: "cannot listen on \(host): \(String(cString: gai_strerror(resolved))); give --host an "
                    + "address of this machine, such as 127.0.0.1")
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard descriptor >= 0 else { return }  // no socket to try with: let the server report what it finds
        defer { close(descriptor) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 else { return }
        let reason = errno
        switch reason {
        case EADDRINUSE:
            throw Refusal(
                description: "port \(port) on \(host) is already in use (another server?); choose another with "
                    + "--port, or --port 0 for a free one")
        case EACCES:
            throw Refusal(
                description: "port \(port) on \(host) needs more privileges than this user has; choose a port "
                    + "above 1023, or --port 0 for a free one")
        default:
            throw Refusal(
                description: "cannot listen on \(host) port \(port): \(String(cString: strerror(reason))); give "
                    + "--host an address of this machine, such as 127.0.0.1")
        }
    }
}
