/// 64-bit FNV-1a, for ids that depend only on a figure's content: the same figure gives the same
/// bytes, and different figures on one page get different ids.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        combine(bytes: [0xFF])
    }

    /// Sixteen lowercase hex digits, usable in an XML id after a letter prefix.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
