/// Character encodings Outturn reads. Output is always UTF-8.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// GB18030 (a superset of GBK and GB2312), common in Chinese government spreadsheet exports.
    case gb18030 = "gb18030"
}
