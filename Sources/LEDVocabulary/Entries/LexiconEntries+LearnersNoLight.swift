/// No light at all, as learners say it: "make" or "have" for a light ("the doorbell not make any light when I put
/// the batteries", "the camera has not any light"), a light that does not come ("Light not coming at all since I
/// change the batteries"), and a double negation ("the doorbell light is not doing nothing"). Read word by word,
/// the negation would deny nothing and the text would have no light.
extension LexiconEntries {
    static let learnersNoLight: [(TextMeaning, [String])] = [
        (
            .kind(.off),
            [
                // learners' "make" for a light
                "not make any light",
                "not make light", "no make light", "not making any light", "not making light", "don't make any light",
                "dont make any light", "don't make light", "dont make light", "doesn't make any light",
                "doesnt make any light", "didn't make any light", "didnt make any light", "not give any light",
                "no give light", "not show any light", "not showing any light", "doesn't show any light",
                "doesnt show any light", "didn't show any light", "not any light",
                // learners' "have" for a light
                "not have any light", "not have light", "no have light",
                "not have a light", "not having any light", "don't have any light", "dont have any light",
                "doesn't have any light", "doesnt have any light", "does not have any light", "didn't have any light",
                "didnt have any light", "has not any light", "have not any light", "hasn't any light",
                "hasnt any light", "haven't any light", "without any light", "is not have any light",
                "is not having any light", "are not have any light",
                // a light that does not come, with no colour named
                "light not coming", "light is not coming", "light not come", "light doesn't come",
                "light doesnt come", "light does not come", "light didn't come", "light didnt come",
                "light did not come", "light never comes", "light never came", "led not coming", "led is not coming",
                "no light coming", "no light comes", "no light came", "light not coming on", "light is not coming on",
                "light isn't coming on",
                // learners' double negation
                "not doing nothing", "is not doing nothing",
                "isn't doing nothing", "not do nothing", "doesn't do nothing", "doesnt do nothing",
                "don't do nothing", "dont do nothing", "didn't do nothing", "didnt do nothing", "not making nothing",
                "is not making nothing", "not show nothing", "not showing nothing", "doesn't show nothing",
                "doesnt show nothing",
            ]
        )
    ]
}
