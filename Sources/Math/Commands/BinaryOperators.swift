/// The AMS binary operators beyond `Operators`: semidirect products, boxed and circled operators, curly
/// logic, doubled set operations, the triangles of latexsym.
enum BinaryOperators {
    static let symbols: [Symbol] = binary.map { Symbol.binary($0.0, $0.1) }

    static let binary: [(String, String)] = [
        ("ltimes", "⋉"), ("rtimes", "⋊"), ("leftthreetimes", "⋋"), ("rightthreetimes", "⋌"), ("boxplus", "⊞"),
        ("boxminus", "⊟"), ("boxtimes", "⊠"), ("boxdot", "⊡"), ("circledast", "⊛"), ("circledcirc", "⊚"),
        ("circleddash", "⊝"), ("curlywedge", "⋏"), ("curlyvee", "⋎"), ("barwedge", "⊼"), ("veebar", "⊻"),
        ("doublebarwedge", "⩞"), ("Cap", "⋒"), ("doublecap", "⋒"), ("Cup", "⋓"), ("doublecup", "⋓"),
        ("dotplus", "∔"), ("divideontimes", "⋇"), ("intercal", "⊺"), ("smallsetminus", "∖"),
        ("centerdot", "⋅"), ("sdot", "⋅"), ("bigcirc", "◯"), ("lhd", "⊲"), ("rhd", "⊳"), ("unlhd", "⊴"),
        ("unrhd", "⊵"), ("triangleleft", "◃"), ("triangleright", "▹"), ("minuso", "⦵"), ("plusmn", "±"),
        ("And", "&"), ("bull", "•"),
    ]
}
