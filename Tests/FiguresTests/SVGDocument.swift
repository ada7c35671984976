import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG string parsed with Foundation's XMLParser into a flat list of elements, for tests to query.
struct SVGDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Text directly and indirectly inside the element, in order.
        var text: String
        /// Names and classes of the enclosing elements, outermost first (`g.lr-legend`).
        var ancestors: [String]
    }

    var elements: [Element] = []

    /// Parses `svg`; nil when it is not well-formed XML.
    init?(_ svg: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        elements = collector.finished
    }

    func all(_ name: String, inside ancestor: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (ancestor.map($0.ancestors.contains) ?? true) }
    }

    var root: Element? { elements.first { $0.ancestors.isEmpty } }

    private final class Collector: NSObject, XMLParserDelegate {
        var open: [Element] = []
        var finished: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let ancestors = open.map { element in
                element.attributes["class"].map { "\(element.name).\($0)" } ?? element.name
            }
            open.append(Element(name: name, attributes: attributes, text: "", ancestors: ancestors))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for index in open.indices { open[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = open.popLast() else { return }
            finished.append(element)
        }
    }
}
