/// Calendar and clock words: month and weekday names, and the words of timestamp lines.
///
/// Sources: month names with the AP Stylebook's abbreviations ("Aug.", "Sept.", entry
/// "months"; moved here from `HouseStyle.months`, which reads this table); weekday names with
/// their common abbreviations, timestamp labels and relative-time units hand-compiled with the
/// zone classifier (019dc37, 0f6e7fe). Scale: lower-case token keys.
extension Vocabulary {
    /// Month names and their abbreviations, with the month's number (1–12). The one table of
    /// months: house style (dates), the zone classifier (timestamp lines) and claim-change
    /// (`calendarWords`) read it.
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]

    /// Weekday names in English and their abbreviations.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Weekday and month names and their abbreviations: derived from `weekdays` and `months`.
    /// Read by claim-change and names: a weekday or month is not an actor.
    static let calendarWords: Set<String> = weekdays.union(months.map(\.0))

    /// Words that label a timestamp ("Posted:", "Updated", "First published on", "Last modified").
    static let timestampLabels: Set<String> = ["posted", "updated", "published", "first", "last", "modified", "on", "at",
                                               "am", "pm", "noon", "midnight", "time", "today", "yesterday", "ago",
                                               "hour", "hours", "min", "mins", "minute", "minutes", "read", "by"]

    /// Units of a relative timestamp ("12 minutes ago").
    static let agoUnits: Set<String> = ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "day", "days", "week", "weeks"]
}
