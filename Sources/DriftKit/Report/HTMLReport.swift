/// The self-contained HTML report.
public enum HTMLReport {
    public static func render(_ r: Report) -> String {
        "<!doctype html><meta charset=utf-8><title>drift report</title><pre>" + HTMLEscape.text(TerminalReport.render(r, color: false)) + "</pre>\n"
    }
}

/// Escaping for untrusted text in HTML.
public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
