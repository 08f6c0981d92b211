/// The camera's features said to work, or what a clip shows: "clips and live view are fine", "Lamps + motion OK",
/// "motion alert but nothing is in the video", "missed clips". They are how the system works, not the situation the
/// light is seen in (recording, motion) nor a dark light. Read and dropped (``TextMeaning/ignored``).
extension LexiconEntries {
    /// The features named.
    static let features = [
        "clips", "clip", "recordings", "recording", "videos", "video", "live view", "liveview", "clips and live view",
        "live view and clips", "motion", "motion detection", "motion alerts", "motion alert", "alerts", "notifications",
        "chime", "the chime",
    ]
    /// What a working feature is said to be.
    static let working = [
        "fine", "ok", "okay", "good", "all fine", "all good", "work", "works", "working", "work fine", "works fine",
        "working fine", "are fine", "still work", "still works", "still fine", "normal", "as normal", "work normally",
        "works normally", "no problem", "no problems", "no issue", "no issues", "record fine", "records fine",
        "record ok", "records ok", "record normally", "record normal",
    ]
    /// What a clip shows when nothing moved in it.
    static let emptyClips = [
        "nothing in the video", "nothing in the clip", "nothing on the video", "nothing on the clip",
        "nothing in the recording", "nothing on the recording", "nothing in the footage", "nothing on the footage",
        "nothing in the videos", "nothing in the clips", "nothing on camera", "nothing on the camera",
        "nothing showing in the clip", "nothing shows in the clip", "nothing shows in the video", "nothing there",
        "nobody there", "no one there", "nobody in the video", "no one in the video", "nobody in the clip",
        "no one in the clip", "missed clips", "missing clips", "missed recordings", "missing recordings",
        "clips missing", "no clips recorded",
    ]

    static let featureStatus: [(TextMeaning, [String])] = [
        (.ignored, features.flatMap { feature in working.map { "\(feature) \($0)" } } + emptyClips)
    ]
}
