import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Whether a host name points into this machine or its private network: loopback, private
/// (RFC 1918, fc00::/7), link-local, carrier-grade NAT, unspecified. A redirect must not lead
/// the fetcher there (server-side request forgery), unless the config allows it.
enum AddressCheck {
    /// True when any address the name resolves to is internal; a name that does not resolve is not.
    static func isInternal(host: String) -> Bool {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if name.lowercased() == "localhost" || name.lowercased().hasSuffix(".localhost") { return true }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &list) == 0, let first = list else { return false }
        defer { freeaddrinfo(list) }
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let entry = node {
            if let address = entry.pointee.ai_addr, isInternal(address) { return true }
            node = entry.pointee.ai_next
        }
        return false
    }

    private static func isInternal(_ address: UnsafeMutablePointer<sockaddr>) -> Bool {
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            let value = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt32(bigEndian: $0.pointee.sin_addr.s_addr) }
            return isInternal(ipv4: value)
        case AF_INET6:
            let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
            }
            return isInternal(ipv6: bytes)
        default:
            return false
        }
    }

    static func isInternal(ipv4 value: UInt32) -> Bool {
        let a = value >> 24, b = (value >> 16) & 0xFF
        return a == 0 || a == 10 || a == 127 || (a == 169 && b == 254) || (a == 172 && (16...31).contains(b))
            || (a == 192 && b == 168) || (a == 100 && (64...127).contains(b))
    }

    static func isInternal(ipv6 bytes: [UInt8]) -> Bool {
        guard bytes.count == 16 else { return false }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) { return bytes[15] <= 1 }  // :: and ::1
        if bytes[0] & 0xFE == 0xFC { return true }  // fc00::/7
        if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return true }  // fe80::/10
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {  // ::ffff:a.b.c.d
            let v4 = bytes[12...].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            return isInternal(ipv4: v4)
        }
        return false
    }
}
