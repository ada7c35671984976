/// Link and image destinations as cmark writes them into `href` and `src`: bytes outside the characters
/// URLs may carry plainly are percent-encoded (UTF-8), `&` and `'` become character references, so the
/// result is both a valid URL and a safe double-quoted attribute value.
public enum Href {
    public static func escaped(_ destination: String) -> String {
        var out = ""
        out.reserveCapacity(destination.utf8.count)
        for byte in destination.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case _ where isPlain(byte): out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return out
    }

    /// ASCII letters and digits and the punctuation that URLs use as is; `%` stays, so an author's own
    /// `%20` is not encoded twice.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
