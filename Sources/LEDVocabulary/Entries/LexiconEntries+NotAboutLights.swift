/// Saying the question is not about the light: "Nothing to do with lights", "not a light issue", "nothing to
/// do with the LED", "no LED issue". The words tell no light, dark or otherwise.
extension LexiconEntries {
    static let notAboutLights: [(TextMeaning, [String])] = [
        (
            .ignored,
            ["lights", "light", "led", "leds", "led light", "led lights", "status light", "status lights"].flatMap {
                light in
                [
                    "nothing to do with \(light)", "nothing to do with the \(light)", "not about \(light)",
                    "not about the \(light)", "not a \(light) issue", "not a \(light) question",
                    "not a \(light) problem", "unrelated to the \(light)", "not related to the \(light)",
                    "no \(light) issue", "no \(light) issues", "no \(light) problem", "no \(light) problems",
                ]
            }
        )
    ]
}
