import LEDEngine
import Testing

/// Device names as people misspell them ("sync modul 2", "indore cam", "doorbel") are the catalog's aliases, so
/// the built-in catalog finds the device in the text when none is given beside it.
@Suite struct MisspeltDeviceNameTests {
    @Test(arguments: [
        ("bruh the sync modul 2 got the blue on n the green keeps blinkin", "sync-module-2"),
        ("the indore cam is red blinking since 2 days", "indoor"),
        ("doorbel ring flashin red wen i put new batterys", "doorbell"),
        ("my sync mod xr is solid red", "sync-module-xr"),
        ("outdor 4 blinks red all night", "outdoor-4"),
    ])
    func theDeviceIsFound(_ text: String, _ device: String) throws {
        let diagnosis = try Diagnoser.builtin().diagnose(text)
        #expect(diagnosis.canonical.hasPrefix("dev=\(device) "))
    }
}
