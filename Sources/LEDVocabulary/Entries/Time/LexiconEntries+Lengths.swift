import LEDCore

/// The vague lengths people say ("a few seconds", "for ages", "all day"), each with its rough bucket, and the
/// words of a light without end ("nonstop", "keeps going").
extension LexiconEntries {
    static let lengths: [(TextMeaning, [String])] = [
        (
            .duration(.brief),
            [
                "brief", "briefly", "short", "momentarily", "momentary", "for a moment", "for a second",
                "for a sec", "a split second", "for a split second", "a split sec", "for a split sec",
                "for like a split sec",
                "for like a split second", "split sec", "for a brief moment", "a moment", "an instant",
                "for an instant", "a sec", "like a sec", "a hot sec", "a second",
                "like a second", "a couple seconds", "a couple of seconds",
                "for a couple seconds", "for a couple of seconds", "a couple secs", "real quick", "really quick",
                // "couple" before seconds is a length, not a count of two ("flashed red couple secs")
                "couple of seconds", "couple seconds", "couple secs", "couple of secs", "a couple of secs",
                "for a couple secs", "for a couple of secs", "couple sec", "a couple sec", "coupla seconds",
                "coupla secs", "a coupla secs", "for a coupla secs", "couple o secs", "couple o seconds",
                "for a second or two", "a second or two", "for a blink", "in a flash",
            ]
        ),
        (
            .duration(.seconds),
            [
                "half a minute", "about half a minute", "for half a minute", "for about half a minute", "half a min",
                "half minute", "maybe half minute", "for half minute", "about half minute", "half a minute or so",
                "a few seconds", "for a few seconds", "few seconds", "several seconds", "for several seconds",
                "some seconds", "for seconds", "a few secs", "several secs",
            ]
        ),
        (
            .duration(.minute),
            [
                "a minute", "for a minute", "about a minute", "a minute or so", "for about a minute",
                "for a minute or so",
                "a min", "for a min", "a minute or two",
            ]
        ),
        (
            .duration(.minutes),
            [
                "a few minutes", "for a few minutes", "several minutes", "for several minutes", "for minutes",
                "a couple of minutes", "for a couple of minutes", "a couple minutes", "half an hour",
                "for half an hour", "for a while", "a long time", "for a long time", "a half hour", "for a half hour",
                // the short forms of a chat: "a few mins", "half an hr"
                "a few mins", "for a few mins", "several mins", "a couple mins", "a couple of mins",
                "for a couple mins",
                "half an hr", "for half an hr", "a half hr",
            ]
        ),
        (
            .duration(.hours),
            [
                "an hour", "for an hour", "hours", "for hours", "a few hours", "for a few hours", "several hours",
                "an hr", "for an hr", "over an hr", "for over an hr", "a few hrs", "for a few hrs", "several hrs",
                "for hrs", "an hour or so", "an hr or so",
                "for several hours", "all day", "all night", "overnight", "for days", "days", "weeks", "for weeks",
                "months", "for months", "a week", "for a week", "all week", "for a week now", "since yesterday",
                // "since last night's update": since then (not "after last night's power cut", which is when)
                "since last night's", "ever since last night's", "since yesterday's", "since this morning's",
                "since last week's",
                "yesterday", "since last night", "last night", "all nite",
                "last nite", "since this morning", "hours later", "days later", "for hours now", "since sunday",
                "since monday", "since tuesday", "since wednesday", "since thursday", "since saturday",
                "since the weekend", "all morning", "all afternoon", "all evening", "all weekend",
                "since last week", "last week", "since the weekend", "over an hour", "for over an hour",
                "more than an hour", "for more than an hour", "since morning", "since monday",
                "since friday", "for two days", "since lunch", "since lunchtime", "since breakfast", "since dinner",
                "since the afternoon", "since this afternoon", "since morning only", "since the morning",
                "since hier", "since hier soir", "depuis hier", "seit gestern", "desde ayer", "since ayer",
                "ever since lunch", "ever since lunchtime", "ever since this morning", "ever since yesterday",
                "ever since last night", "ever since the weekend", "ever since breakfast", "ever since dinner",
                "ever since this afternoon", "since sunday night", "ever since monday", "ever since tuesday",
                "ever since wednesday", "ever since thursday", "ever since friday", "ever since saturday",
                "ever since sunday",
                "the whole afternoon", "the whole morning", "the whole evening", "the whole night", "the whole day",
                "whole afternoon", "whole morning", "whole evening", "whole night", "whole day", "all arvo",
                "the whole arvo", "all the afternoon", "all the morning", "all the evening", "the third hour",
                "the second hour", "the fourth hour", "its third hour", "its second hour",
            ]
        ),
        // "a month" as thirty days: "A month ago it showed blue; now …", "we've had the camera for a month"
        (
            .exactDuration(EventDuration(bucket: .hours, seconds: 2_592_000)),
            ["a month", "for a month", "for a month now", "a month or so", "over a month", "for over a month"]
        ),
        (.keeps, ["keeps", "keep", "kept", "keeps on", "keep on", "keeps doing", "kept doing", "keeps doin"]),
        (
            .continuous,
            [
                "keeps going", "continuously", "continuous",
                "continually", "continues", "continue", "continuing", "nonstop", "non stop", "constantly", "forever",
                "endlessly", "all the time", "over and over", "over and over again", "again and again", "indefinitely",
                "permanently", "the whole time", "never ending", "neverending", "on repeat", "stuck", "always",
                "repeatedly", "keeps doing it", "keeps doing that", "without end", "won't quit", "ever since",
                "stays that way", "stayed that way", "has stayed that way", "stays like that", "stayed like that",
                "been like that", "been like this", "like that ever since", "without a pause", "without pause",
                "not paused once", "has not paused", "hasn't paused", "never paused", "never pauses", "doesn't pause",
                "no pause", "without stopping", "in an endless loop", "endless loop", "on a loop", "in a loop",
                "on loop", "day and night", "night and day",
                "sits there", "just sits there", "sitting there", "on and on", "all the time now", "around the clock",
                "no matter what", "wont go away", "won't go away", "doesn't go away",
                "does not go away", "never goes away", "never stops", "won't stop", "wont stop", "doesn't stop",
                "doesnt stop", "does not stop", "never ends", "still going", "for ages",
                // learners' "finish" for an end: "is flash and flash and not finish"
                "not finish", "never finish", "never finishes", "doesn't finish", "doesnt finish", "does not finish",
                "don't finish", "dont finish", "no finish", "not finishing", "never ending", "never end",
                // "for what feels like ages", "red all time, not change": no end in sight.
                "for what feels like ages", "what feels like ages", "what seems like ages", "for what seems like ages",
                "feels like forever", "for what feels like forever", "twenty four seven", "all time",
                "not change", "not changing", "doesn't change",
                "does not change", "doesnt change", "never changes", "never change", "won't change", "wont change",
            ]
        ),
    ]
}
