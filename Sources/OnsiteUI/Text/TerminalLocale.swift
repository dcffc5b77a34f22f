#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes sure characters are handled as UTF-8, whatever locale the machine has.
public enum TerminalLocale {
    /// Adopts the user's locale; when it is missing or not UTF-8 (`LANG=C`, or
    /// `zh_CN.UTF-8` not installed), falls back to `C.UTF-8` for characters.
    /// Call once at start, before the terminal is opened.
    @discardableResult
    public static func ensureUTF8() -> Bool {
        // Only what the program uses: characters (ncurses, wcwidth) and the system's error texts. LC_ALL read
        // a dozen locale files at every start (each category is a file of its own when there is no archive).
        _ = setlocale(LC_CTYPE, "")
        _ = setlocale(LC_MESSAGES, "")
        if isUTF8() { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8()
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
