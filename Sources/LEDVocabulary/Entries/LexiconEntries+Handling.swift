/// The device handled with "off" — a cover or lid taken off ("back cover off: done", "took off the battery
/// cover") — says nothing about the light: read and dropped, so "off" is not a dark LED.
extension LexiconEntries {
    /// The parts of a device that come off.
    static let removableParts = ["cover", "back cover", "battery cover", "lid", "faceplate", "front cover"]

    static let handling: [(TextMeaning, [String])] = [
        (
            .ignored,
            removableParts.flatMap { part in
                [
                    "\(part) off", "take off the \(part)", "took off the \(part)", "taking off the \(part)",
                    "took the \(part) off", "take the \(part) off", "taking the \(part) off", "removed the \(part)",
                ]
            }
        )
    ]
}
