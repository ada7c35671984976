import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
private let streamSocket = SOCK_STREAM
#endif

/// A plain HTTP/1.1 client on a socket, so tests send request targets exactly as written (`/../x` included,
/// which URL-based clients would tidy away) and read an event stream as it arrives. 127.0.0.1 only.
final class HTTPProbe {
    private let descriptor: Int32
    private var received = Data()

    struct Response {
        var status: Int
        var headers: String
        var body: String
    }

    /// Connects and sends `GET target`.
    init(port: UInt16, target: String) throws {
        descriptor = socket(AF_INET, streamSocket, 0)
        guard descriptor >= 0 else { throw ProbeError.socket }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var wait = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw ProbeError.connect
        }
        let request = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        close(descriptor)
    }

    /// One whole response: reads until the server closes the connection.
    static func get(_ target: String, port: UInt16, timeout: Double = 5) throws -> Response {
        let probe = try HTTPProbe(port: port, target: target)
        let deadline = Date().addingTimeInterval(timeout)
        while probe.read(), Date() < deadline {}
        let text = String(decoding: probe.received, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "")
        else { throw ProbeError.malformed(text) }
        return Response(status: status, headers: String(text[..<split.lowerBound]),
                        body: String(text[split.upperBound...]))
    }

    /// Reads what arrives until everything received so far contains `text`; false after `timeout` seconds.
    func waitFor(_ text: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if String(decoding: received, as: UTF8.self).contains(text) { return true }
            guard read() else { return String(decoding: received, as: UTF8.self).contains(text) }
        }
        return false
    }

    /// Reads what is there (waiting at most 0.1 s); false once the server has closed the connection.
    private func read() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        if count > 0 { received.append(contentsOf: buffer[..<count]) }
        return count > 0 || (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
    }

    enum ProbeError: Error {
        case socket, connect
        case malformed(String)
    }
}
