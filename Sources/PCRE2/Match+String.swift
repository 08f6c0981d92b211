extension Match {
    /// The whole match's range in `subject`, which must be the `String` or `Substring` that was matched.
    public func stringRange<S: StringProtocol>(in subject: S) -> Range<String.Index> {
        Self.stringRange(range, in: subject)
    }

    /// The range of group `number` in `subject`; `nil` if the group is unset or does not exist.
    public func stringRange<S: StringProtocol>(ofGroup number: Int, in subject: S) -> Range<String.Index>? {
        self[number].map { Self.stringRange($0, in: subject) }
    }

    /// The range of the group called `name` in `subject`; `nil` if it is unset or does not exist.
    public func stringRange<S: StringProtocol>(named name: String, in subject: S) -> Range<String.Index>? {
        self[name: name].map { Self.stringRange($0, in: subject) }
    }

    /// The matched text in `subject`, which must be the `String` or `Substring` that was matched.
    public func substring<S: StringProtocol>(in subject: S) -> Substring where S.SubSequence == Substring {
        subject[stringRange(in: subject)]
    }

    /// The text of group `number` in `subject`; `nil` if the group is unset or does not exist.
    public func substring<S: StringProtocol>(ofGroup number: Int, in subject: S) -> Substring?
    where S.SubSequence == Substring {
        stringRange(ofGroup: number, in: subject).map { subject[$0] }
    }

    /// The text of the group called `name` in `subject`; `nil` if it is unset or does not exist.
    public func substring<S: StringProtocol>(named name: String, in subject: S) -> Substring?
    where S.SubSequence == Substring {
        stringRange(named: name, in: subject).map { subject[$0] }
    }

    /// Converts a byte range to string indices of `subject`, clamped to its end (so a match from some
    /// other subject yields a wrong range, never a crash).
    static func stringRange<S: StringProtocol>(_ bytes: Range<Int>, in subject: S) -> Range<String.Index> {
        let utf8 = subject.utf8
        let lower =
            utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound, limitedBy: utf8.endIndex)
            ?? utf8.endIndex
        let upper = utf8.index(lower, offsetBy: bytes.count, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return lower..<upper
    }
}
