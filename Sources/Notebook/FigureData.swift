import Figures
import Language

/// A figure as lines of `path: value`, read from its description by reflection: what is plotted, not how
/// it is drawn, so a snapshot names the data that changed and keeps up with every kind of mark the figures
/// module gains. Numbers come at full precision; arrays of numbers on one line.
enum FigureData {
    static func lines(_ figure: Figure) -> [String] {
        var lines: [String] = []
        describe(figure, path: "", into: &lines)
        return lines
    }

    private static func describe(_ value: Any, path: String, into lines: inout [String]) {
        // A figure's data is mostly arrays of numbers: one cast instead of a mirror and a cast per element,
        // which made recording gd.md's snapshot a quarter of checking it. The lines are the general path's.
        if let doubles = value as? [Double] {
            if !doubles.isEmpty { lines.append("\(path): " + doubles.map { "\($0)" }.joined(separator: " ")) }
            return
        }
        if let scalar = scalar(value) {
            lines.append("\(path.isEmpty ? "value" : path): \(scalar)")
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first { describe(wrapped.value, path: path, into: &lines) }
        case .collection, .set:
            let items = mirror.children.map(\.value)
            let numbers = items.compactMap(number)
            if !items.isEmpty, numbers.count == items.count {
                lines.append("\(path): " + numbers.joined(separator: " "))
            } else {
                let ordered = mirror.displayStyle == .set ? items.sorted { "\($0)" < "\($1)" } : items
                for (index, item) in ordered.enumerated() { describe(item, path: "\(path)[\(index)]", into: &lines) }
            }
        case .dictionary:
            let pairs = mirror.children.map { Mirror(reflecting: $0.value).children.map(\.value) }
                .filter { $0.count == 2 }.sorted { "\($0[0])" < "\($1[0])" }
            for pair in pairs { describe(pair[1], path: "\(path)[\(pair[0])]", into: &lines) }
        case .enum where mirror.children.isEmpty:
            lines.append("\(path): \(value)")
        default:
            for (index, child) in mirror.children.enumerated() {
                let name = child.label.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 } ?? "\(index)"
                describe(child.value, path: path.isEmpty ? name : "\(path).\(name)", into: &lines)
            }
        }
    }

    /// Numbers, booleans and strings, as written in a snapshot.
    private static func scalar(_ value: Any) -> String? {
        if let number = number(value) { return number }
        if let flag = value as? Bool { return flag ? "true" : "false" }
        if let text = value as? String { return StringLiteral.quoted(text) }
        return nil
    }

    private static func number(_ value: Any) -> String? {
        switch value {
        case let double as Double: "\(double)"
        case let float as Float: "\(float)"
        case let int as Int: "\(int)"
        default: nil
        }
    }
}
