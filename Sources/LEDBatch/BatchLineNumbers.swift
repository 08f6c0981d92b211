/// Where the line numbers of records (`source`) come from (``BatchOptions/lineNumbers``; `--line-numbers`).
public enum BatchLineNumbers: String, Sendable, CaseIterable {
    /// Lines are numbered from 1 in each input, as read.
    case counted
    /// Each line starts with its own number and a tab (`1234<TAB>…`), which are removed before the line
    /// is read: the line numbers of an input that was split up and regrouped elsewhere (a partition of a
    /// Spark job, `docs/scale-out.md`), so that records point into the original file. The numbers must
    /// increase through the input. A line without the prefix is rejected; a blank line is skipped.
    case prefixed
}
