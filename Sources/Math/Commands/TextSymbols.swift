/// Characters named by a command inside text: letters of other languages (`\ss`, `\ae`, `\o`), dotless
/// letters for accents, typographic marks and quotes.
enum TextSymbols {
    static let characters: [String: String] = [
        "i": "ı", "j": "ȷ", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø", "aa": "å",
        "AA": "Å", "S": "§", "P": "¶", "sect": "§", "textdollar": "$", "textsterling": "£", "pounds": "£",
        "textunderscore": "_", "textbar": "|", "textbardbl": "‖", "textbraceleft": "{", "textbraceright": "}",
        "textasciitilde": "~", "textasciicircum": "^", "textdagger": "†", "dag": "†", "textdaggerdbl": "‡",
        "ddag": "‡", "textdegree": "°", "degree": "°", "textellipsis": "…", "textemdash": "—",
        "textendash": "–", "textgreater": ">", "textless": "<", "textquotedblleft": "“",
        "textquotedblright": "”", "textquoteleft": "‘", "textquoteright": "’", "lq": "‘", "rq": "’",
        "textregistered": "®", "copyright": "©", "textcopyright": "©", "yen": "¥",
    ]
}

/// Accents over a letter of text, `\'{e}` → é, drawn with Unicode's combining marks.
enum TextAccents {
    static let marks: [String: String] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "r": "\u{30A}", "c": "\u{327}",
        "k": "\u{328}", "textcircled": "\u{20DD}",
    ]
}

/// Boxes and strikes that may stand inside text, by the class that draws them.
enum TextEnclosures {
    static let classes: [String: String] = ["sout": "sout", "fbox": "boxed"]
}
