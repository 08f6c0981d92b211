import Foundation
import LEDDiagnostics
import LEDSupport
import LEDVideo

/// What `leddiag video` prints about the clip itself: the LEDs found and, when asked, the transitions —
/// as text above the diagnosis, as the JSON `"video"` member, or as plain batch log lines.
enum VideoReport {
    /// The diagnosis of `reading` as a batch makes a log's (``observation(_:with:model:)``), the
    /// warnings added. `nil` when the transitions make no episode.
    static func diagnose(_ reading: VideoReading, with diagnoser: Diagnoser, model: String?) -> Diagnosis? {
        guard let (observation, warnings) = observation(reading, with: diagnoser, model: model) else { return nil }
        var diagnosis = diagnoser.diagnose(observation)
        diagnosis.warnings.append(contentsOf: warnings)
        return diagnosis
    }

    /// The observation of `reading` as a batch makes a log's: its transitions through ``TimelineBuilder``
    /// (the catalog's timing vocabulary), the longest episode's observation on `model`; with the reader's
    /// warnings and, for a clip of several episodes, which one it is. `nil` when they make no episode.
    static func observation(
        _ reading: VideoReading, with diagnoser: Diagnoser, model: String?
    ) -> (Observation, warnings: [String])? {
        let vocabulary = diagnoser.parser.vocabulary
        let episodes = TimelineBuilder.episodes(from: reading.transitions, vocabulary: vocabulary)
        guard let episode = mainEpisode(episodes) else { return nil }
        var observation = episode.observation
        observation.device = model
        var warnings = reading.warnings
        if episodes.count > 1 {
            warnings.append(
                "the clip holds \(episodes.count) episodes (dark for \(Int(vocabulary.episodeGap)) s between them); "
                    + "diagnosed the longest")
        }
        return (observation, warnings)
    }

    /// The episode to diagnose: the longest, the first of equals; `nil` for none.
    static func mainEpisode(_ episodes: [TimelineEpisode]) -> TimelineEpisode? {
        var best: TimelineEpisode?
        for episode in episodes
        where best.map({ episode.endTime - episode.startTime > $0.endTime - $0.startTime }) ?? true {
            best = episode
        }
        return best
    }

    /// `TIME DEVICE [MODEL] COLOR on|off` a line, times in seconds from the first frame.
    static func logLines(_ reading: VideoReading, device: String, model: String?) -> String {
        var text = ""
        for transition in reading.transitions {
            text +=
                seconds(transition.time) + " " + device + (model.map { " " + $0 } ?? "") + " "
                + transition.color.rawValue + (transition.isOn ? " on\n" : " off\n")
        }
        return text
    }

    /// The lines above the diagnosis: the clip, each LED and where it is, and the transitions when asked.
    static func text(_ reading: VideoReading, transitions: Bool) -> String {
        var text =
            "Clip: \(reading.width)×\(reading.height), \(reading.frames) frames, "
            + String(format: "%.1f", reading.fps) + " fps, " + String(format: "%.1f", reading.duration) + " s\n"
        for led in reading.leds {
            let colors = led.colors.map(\.rawValue).joined(separator: ", ")
            text += "LED: \(colors) at x=\(led.x) y=\(led.y), \(led.width)×\(led.height) pixels\n"
        }
        if transitions {
            for transition in reading.transitions {
                text +=
                    "  " + seconds(transition.time) + " s  " + transition.color.rawValue
                    + (transition.isOn ? " on\n" : " off\n")
            }
        }
        return text + "\n"
    }

    /// The `"video"` member of the JSON: frames, fps, duration, the LEDs and, when asked, the transitions.
    static func writeJSON(_ reading: VideoReading, transitions: Bool, to writer: inout JSONWriter) {
        writer.beginObject("video")
        writer.integer(reading.frames, key: "frames")
        writer.number(rounded(reading.fps), key: "fps")
        writer.number(rounded(reading.duration), key: "duration")
        writer.integer(reading.width, key: "width")
        writer.integer(reading.height, key: "height")
        writer.beginArray("leds")
        for led in reading.leds {
            writer.beginObject()
            writer.integer(led.x, key: "x")
            writer.integer(led.y, key: "y")
            writer.integer(led.width, key: "w")
            writer.integer(led.height, key: "h")
            writer.string(led.color.rawValue, key: "color")
            writer.beginArray("colors")
            for color in led.colors { writer.string(color.rawValue) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        if transitions {
            writer.beginArray("transitions")
            for transition in reading.transitions {
                writer.beginObject()
                writer.number(rounded(transition.time), key: "time")
                writer.string(transition.color.rawValue, key: "color")
                writer.string(transition.isOn ? "on" : "off", key: "state")
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    /// `value` to the millisecond.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// Seconds with three decimals.
    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
}
