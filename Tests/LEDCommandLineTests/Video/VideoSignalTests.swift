import Foundation
import LEDCore
import TestSupport
import Testing

@testable import LEDVideo

/// The reader's parts on signals made in code: the colour of light, the on/off reading and what it
/// rejects, and ffprobe's output read into frame times.
@Suite struct VideoSignalTests {
    @Test(
        "the light added is classified by hue, white when unsaturated",
        arguments: [
            (255, 30, 30, LEDColor.red), (30, 60, 255, .blue), (30, 230, 60, .green), (255, 160, 20, .amber),
            (240, 240, 230, .white), (255, 20, 200, .purple), (230, 230, 20, .yellow), (200, 40, 90, .red),
        ] as [(Float, Float, Float, LEDColor)])
    func hue(_ red: Float, _ green: Float, _ blue: Float, _ expected: LEDColor) {
        #expect(HueClass.color(red: red, green: green, blue: blue) == expected)
    }

    @Test("no added light has no colour") func noLight() {
        #expect(HueClass.color(red: 0, green: 0, blue: 0) == nil)
    }

    /// Frame times at `fps` for `count` frames.
    static func times(_ count: Int, fps: Double = 30) -> [Double] { (0..<count).map { Double($0) / fps } }

    @Test("a square wave with noise reads as its pulses, the switch where the level crosses")
    func squareWave() throws {
        var random = SplitMix64(seed: 7)
        // 6 pulses: 9 frames on, 9 off, from frame 10.
        let values = (0..<140).map { frame -> Float in
            let lit = frame >= 10 && frame < 118 && (frame - 10) % 18 < 9
            return (lit ? 200 : 60) + Float(random.next() % 21) - 10
        }
        let states = try OnOffStates.classify(values, times: Self.times(140)).get()
        let ons = (1..<140).filter { states.isOn[$0] && !states.isOn[$0 - 1] }
        #expect(ons == [10, 28, 46, 64, 82, 100])
    }

    @Test(
        "what is not an LED switching is rejected: a steady light, noise, a slow fade, mains flicker",
        arguments: [
            ("steady", (0..<120).map { _ in Float(180) }, OnOffStates.Rejection.steady),
            ("noise", (0..<120).map { Float(100 + ($0 * 7919) % 13) }, .steady),
            ("fade", (0..<120).map { Float(40 + 180 * abs(sin(Double($0) / 40))) }, .gradual),
            ("flicker 1 frame in 3", (0..<120).map { $0 % 3 == 0 ? Float(220) : 50 }, .flicker),
        ] as [(String, [Float], OnOffStates.Rejection)])
    func rejected(_ name: String, _ values: [Float], _ rejection: OnOffStates.Rejection) {
        let result = OnOffStates.classify(values, times: Self.times(values.count))
        #expect(throws: rejection, "\(name)") { try result.get() }
    }

    @Test("a one-frame dip at 60 fps is folded; at 30 fps it is a real gap")
    func glitch() throws {
        var values =
            [Float](repeating: 40, count: 10) + [Float](repeating: 220, count: 30) + [Float](repeating: 40, count: 10)
        values[25] = 40
        let fast = try OnOffStates.classify(values, times: Self.times(50, fps: 60)).get()
        #expect(fast.isOn[25])
        let slow = try OnOffStates.classify(values, times: Self.times(50, fps: 30)).get()
        #expect(!slow.isOn[25])
    }

    @Test("ffprobe's packets are sorted into frame times; a variable rate keeps its gaps")
    func probeParse() throws {
        let text = """
            packet,0.000000,-0.066667
            packet,0.100000,-0.033333
            packet,0.033333,0.000000
            packet,0.200000,0.033333
            stream,640,360
            """
        let probe = try VideoProbe.parse(text, file: "clip.mp4", limits: VideoLimits())
        #expect(probe.width == 640 && probe.height == 360)
        #expect(probe.frameTimes == [0, 0.033333, 0.1, 0.2])
    }

    @Test("a picture filmed upright (rotation ±90°) has its width and height swapped, as ffmpeg turns it")
    func probeRotation() throws {
        let turned = try VideoProbe.parse(
            "stream,1920,1080,side_data,-90\npacket,0,0\n", file: "f", limits: VideoLimits())
        #expect(turned.width == 1080 && turned.height == 1920)
        let upsideDown = try VideoProbe.parse(
            "stream,1920,1080,side_data,180\npacket,0,0\n", file: "f", limits: VideoLimits())
        #expect(upsideDown.width == 1920 && upsideDown.height == 1080)
    }

    @Test(
        "ffprobe's output without a stream, frames or a sane size is refused",
        arguments: [
            ("packet,0.1,0.1\n", VideoError.noVideoStream(path: "f")),
            ("stream,320,180\n", .noFrames(path: "f")),
            ("stream,9000,16\npacket,0,0\n", .tooLarge(width: 9000, height: 16)),
        ] as [(String, VideoError)])
    func probeRefuses(_ text: String, _ error: VideoError) {
        #expect(throws: error) { try VideoProbe.parse(text, file: "f", limits: VideoLimits()) }
    }

    @Test(
        "--roi reads X,Y,W,H and nothing else",
        arguments: [
            ("10,20,30,40", VideoRegion(x: 10, y: 20, width: 30, height: 40)),
            ("1, 2, 3, 4", VideoRegion(x: 1, y: 2, width: 3, height: 4)),
            ("10,20,30", nil), ("10,20,0,5", nil), ("-1,0,5,5", nil), ("a,b,c,d", nil),
        ] as [(String, VideoRegion?)])
    func region(_ text: String, _ expected: VideoRegion?) {
        #expect(VideoRegion(parsing: text) == expected)
    }
}
