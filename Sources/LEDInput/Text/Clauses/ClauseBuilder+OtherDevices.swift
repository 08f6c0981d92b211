import LEDCore

extension ClauseBuilder {
    /// Lights of another device told in the same message ("my Mini in the kitchen blinks red, and the Sync
    /// Module 2 shows a steady blue light"; "Sync Module 2: blue solid, green solid. Indoor camera: blue for
    /// about 20 s") are not the described device's: a light whose subject, earlier in its sentence, is
    /// another device is dropped. A device a situation acts on ("after I reset the Sync Module, the camera
    /// blinks red") is no subject; models of one family ("Mini" and "mini-2") are the same device; and when
    /// every light would go, none does.
    static func dropOtherDevices(_ units: inout [Unit], described: String, assembly: Assembly) {
        let subjects = assembly.deviceMentions.filter(\.subject)
        guard subjects.contains(where: { !sameFamily($0.device, described) }) else { return }
        func owner(of draft: EventDraft) -> String? {
            let sentenceStart = assembly.sentenceEnds.last(where: { $0 < draft.first }) ?? -1
            return subjects.last(where: { $0.token > sentenceStart && $0.token < draft.first })?.device
        }
        func isOther(_ draft: EventDraft) -> Bool {
            // "Our XR and the XT2 it runs are both blinking: …": a light without a colour, told of both, is
            // also the described device's.
            if !draft.hasColors, !draft.isDark {
                let sentenceStart = assembly.sentenceEnds.last(where: { $0 < draft.first }) ?? -1
                if subjects.contains(where: {
                    $0.token > sentenceStart && $0.token < draft.first && sameFamily($0.device, described)
                }) {
                    return false
                }
            }
            return owner(of: draft).map { !sameFamily($0, described) } ?? false
        }
        let kept = units.contains { $0.drafts.contains { !isOther($0) && ($0.hasColors || $0.isDark) } }
        guard kept else { return }
        for index in units.indices { units[index].drafts.removeAll(where: isOther) }
    }

    /// Whether two device ids name one model or one family ("mini" and "mini-2", "xt" and "xt2").
    static func sameFamily(_ one: String, _ other: String) -> Bool {
        one.hasPrefix(other) || other.hasPrefix(one)
    }
}
