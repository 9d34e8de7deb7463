<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Announcements</name>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Go on when you are both ready.</source>
        <translation>Go on when you are both ready.</translation>
    </message>
    <message>
        <source>step %1 of %2, %3</source>
        <translation>step %1 of %2, %3</translation>
    </message>
    <message>
        <source>Ready: %1, %2. Press Space to start.</source>
        <translation>Ready: %1, %2. Press Space to start.</translation>
    </message>
    <message>
        <source>%1 left of %2.</source>
        <translation>%1 left of %2.</translation>
    </message>
    <message>
        <source>Paused. %1 left of %2. Press Space to go on.</source>
        <translation>Paused. %1 left of %2. Press Space to go on.</translation>
    </message>
    <message>
        <source>Time is up for %1. Press Space to go on when you are both ready.</source>
        <translation>Time is up for %1. Press Space to go on when you are both ready.</translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>The session is over.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Massage Timer is already open; its window was brought forward.</source>
        <translation>Massage Timer is already open; its window was brought forward.</translation>
    </message>
    <message>
        <source>Something went wrong inside Massage Timer. The session goes on; the details are in the log (%1).</source>
        <translation>Something went wrong inside Massage Timer. The session goes on; the details are in the log (%1).</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>no sound device was found</source>
        <translation>no sound device was found</translation>
    </message>
    <message>
        <source>no speech engine (on Linux, install speech-dispatcher and espeak-ng)</source>
        <translation>no speech engine (on Linux, install speech-dispatcher and espeak-ng)</translation>
    </message>
    <message>
        <source>no voice here speaks the routine&apos;s language (%1), so only the chimes play</source>
        <translation>no voice here speaks the routine&apos;s language (%1), so only the chimes play</translation>
    </message>
    <message>
        <source>the %1 sound could not be played</source>
        <translation>the %1 sound could not be played</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>the speech engine failed</translation>
    </message>
</context>
<context>
    <name>Chooser</name>
    <message>
        <source>Open a routine</source>
        <translation>Open a routine</translation>
    </message>
    <message>
        <source>Routines (*.yaml *.yml);;All files (*)</source>
        <translation>Routines (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>%1 has problems, so it cannot be used.</source>
        <translation>%1 has problems, so it cannot be used.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This routine cannot be used</source>
        <translation>This routine cannot be used</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>When to stop and call</source>
        <translation>When to stop and call</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.</source>
        <translation>A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.</translation>
    </message>
    <message>
        <source>What the health text rests on</source>
        <translation>What the health text rests on</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s number</source>
        <translation>Her labor and delivery unit&apos;s number</translation>
    </message>
    <message>
        <source>Type the number her maternity unit (or labor and delivery) gave you. It is shown wherever this app says to call. It stays on this computer.</source>
        <translation>Type the number her labor and delivery unit gave you. It is shown wherever this app says to call. It stays on this computer.</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number</source>
        <translation>Her labor and delivery unit&apos;s phone number</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) - . / only</source>
        <translation>Digits, spaces and + ( ) - . / only</translation>
    </message>
    <message>
        <source>for example 01632 960 123</source>
        <translation>for example 01632 960 123</translation>
    </message>
    <message>
        <source>That does not look like a phone number: it needs at least 3 digits.</source>
        <translation>That does not look like a phone number: it needs at least 3 digits.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The app, its safety text, its routines and its voice speak the language chosen here. It changes at once and is remembered.</source>
        <translation>The app, its safety text, its routines and its voice speak the language chosen here. It changes at once and is remembered.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>This computer&apos;s language (%1)</source>
        <translation>This computer&apos;s language (%1)</translation>
    </message>
</context>
<context>
    <name>Finish</name>
    <message>
        <source>Help her up slowly and offer a drink of water. Ask how she feels.
Tightenings after a massage are usually practice ones. From 37 weeks, labour may be starting when they come regularly and get stronger and closer together.
Call her maternity unit if they become regular and painful, or if there is bleeding, leaking fluid, severe pain, or the baby moves less. H shows the full list.</source>
        <translation>Help her up slowly and offer a drink of water. Ask how she feels.
Contractions after a massage are usually practice ones. From 37 weeks, labor may be starting when they come regularly and get stronger and closer together.
Call her labor and delivery unit if they become regular and painful, or if there is bleeding, leaking fluid, severe pain, or the baby moves less. H shows the full list.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Back to routines</translation>
    </message>
    <message>
        <source>Keep the extra time</source>
        <translation>Keep the extra time</translation>
    </message>
    <message>
        <source>When to call  H</source>
        <translation>When to call  H</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>When to call</translation>
    </message>
    <message>
        <source>When to stop and when to call: H</source>
        <translation>When to stop and when to call: H</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>“%1” (+%2)</translation>
    </message>
    <message>
        <source>You added time to %1. Keep it for next time?</source>
        <translation>You added time to %1. Keep it for next time?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Session stopped</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Well done</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Session over</translation>
    </message>
</context>
<context>
    <name>Hearing</name>
    <message>
        <source>Sound is off in this window.</source>
        <translation>Sound is off in this window.</translation>
    </message>
    <message>
        <source>Sound: %1.</source>
        <translation>Sound: %1.</translation>
    </message>
    <message>
        <source>Voice: %1.</source>
        <translation>Voice: %1.</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A guided massage session is running</source>
        <translation>A guided massage session is running</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>A foot pedal, a clicker or a headset button sends a key. Press “Learn a key…”, then the pedal: it works beside the keys below, and is shown on the session&apos;s buttons.</source>
        <translation>A foot pedal, a clicker or a headset button sends a key. Press “Learn a key…”, then the pedal: it works beside the keys below, and is shown on the session&apos;s buttons.</translation>
    </message>
    <message>
        <source>Learn a key…</source>
        <translation>Learn a key…</translation>
    </message>
    <message>
        <source>Learn a key for %1</source>
        <translation>Learn a key for %1</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>What was learned</translation>
    </message>
    <message>
        <source>Forget the learned keys</source>
        <translation>Forget the learned keys</translation>
    </message>
    <message>
        <source>%1  ·  learned: %2</source>
        <translation>%1  ·  learned: %2</translation>
    </message>
    <message>
        <source>Press the key or pedal for “%1” now (Esc: cancel).</source>
        <translation>Press the key or pedal for “%1” now (Esc: cancel).</translation>
    </message>
    <message>
        <source>Nothing was learned.</source>
        <translation>Nothing was learned.</translation>
    </message>
    <message>
        <source>%1 already does that.</source>
        <translation>%1 already does that.</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 was left as it was.</translation>
    </message>
    <message>
        <source>%1 now also means “%2”.</source>
        <translation>%1 now also means “%2”.</translation>
    </message>
    <message>
        <source>Use %1 for “%2”?</source>
        <translation>Use %1 for “%2”?</translation>
    </message>
    <message>
        <source>In a session, %1 already means “%2”. Use it for “%3” instead?</source>
        <translation>In a session, %1 already means “%2”. Use it for “%3” instead?</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Use it</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Keep it as it is</translation>
    </message>
    <message>
        <source>The learned keys are forgotten.</source>
        <translation>The learned keys are forgotten.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Start, pause and go on</source>
        <translation>Start, pause and go on</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>30 seconds more</source>
        <translation>30 seconds more</translation>
    </message>
    <message>
        <source>Go on from a step that waits</source>
        <translation>Go on from a step that waits</translation>
    </message>
    <message>
        <source>Restart the step</source>
        <translation>Restart the step</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>When to stop and call</source>
        <translation>When to stop and call</translation>
    </message>
    <message>
        <source>Say the time left</source>
        <translation>Say the time left</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Night and day</source>
        <translation>Night and day</translation>
    </message>
    <message>
        <source>Adjust timings</source>
        <translation>Adjust timings</translation>
    </message>
    <message>
        <source>Scroll the instruction</source>
        <translation>Scroll the instruction</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>%1 with your timings</source>
        <translation>%1 with your timings</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a routine&apos;s language, named in it</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>your routine (%1)</source>
        <translation>your routine (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 cannot be used</translation>
    </message>
    <message>
        <source>%1 cannot be used. %2</source>
        <translation>%1 cannot be used. %2</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Choose a routine</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Phone number…</source>
        <translation>Phone number…</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number, shown wherever this app says to call</source>
        <translation>Her labor and delivery unit&apos;s phone number, shown wherever this app says to call</translation>
    </message>
    <message>
        <source>Pick one with the arrow keys and press Enter to begin.</source>
        <translation>Pick one with the arrow keys and press Enter to begin.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Adjust timings…</source>
        <translation>Adjust timings…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your own routines: %1</source>
        <translation>Your own routines: %1</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… and %n more (see details)</numerusform>
            <numerusform>… and %n more (see details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n not reached</numerusform>
            <numerusform>%n not reached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your choice could not be saved.</source>
        <translation>Your choice could not be saved.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Read to the end to continue: scroll down, or press Page Down.</source>
        <translation>Read to the end to continue: scroll down, or press Page Down.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>What the health text rests on, and its sources</source>
        <translation>What the health text rests on, and its sources</translation>
    </message>
    <message>
        <source>Phone number…</source>
        <translation>Phone number…</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number, shown wherever this app says to call</source>
        <translation>Her labor and delivery unit&apos;s phone number, shown wherever this app says to call</translation>
    </message>
    <message>
        <source>Her maternity unit: %1</source>
        <translation>Her labor and delivery unit: %1</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s number is not added yet. Add it with “Phone number…”.</source>
        <translation>Her labor and delivery unit&apos;s number is not added yet. Add it with “Phone number…”.</translation>
    </message>
    <message>
        <source>In an emergency: 999 (UK), 911 (US and Canada), 112 (EU)</source>
        <translation>In an emergency: 911 (US and Canada), 999 (UK), 112 (EU)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Press Space to start</source>
        <translation>Press Space to start</translation>
    </message>
    <message>
        <source>Paused  ·  Space to go on</source>
        <translation>Paused  ·  Space to go on</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>When to stop</source>
        <translation>When to stop</translation>
    </message>
    <message>
        <source>Adjust timings  T</source>
        <translation>Adjust timings  T</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Timings</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Time left in this step</translation>
    </message>
    <message>
        <source>Continue when ready</source>
        <translation>Continue when ready</translation>
    </message>
    <message>
        <source>Stop  Esc</source>
        <translation>Stop  Esc</translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation>←  Back</translation>
    </message>
    <message>
        <source>Restart  R</source>
        <translation>Restart  R</translation>
    </message>
    <message>
        <source>Next  →</source>
        <translation>Next  →</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>Step %1 of %2, %3</translation>
    </message>
    <message>
        <source>ready, press Space to start</source>
        <translation>ready, press Space to start</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>%1 left, paused</translation>
    </message>
    <message>
        <source>time is up, press Space to go on when ready</source>
        <translation>time is up, press Space to go on when ready</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>Up next: %1</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Stop the session?</translation>
    </message>
    <message>
        <source>Stop this session now?</source>
        <translation>Stop this session now?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation>Finish the session?</translation>
    </message>
    <message>
        <source>This is the last step. Finish the session now?</source>
        <translation>This is the last step. Finish the session now?</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Session progress</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file could not be read, so defaults are used. It was kept as %1.</source>
        <translation>Your settings file could not be read, so defaults are used. It was kept as %1.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound and voice</source>
        <translation>Sound and voice</translation>
    </message>
    <message>
        <source>Chimes when a step starts, at cues and at the end</source>
        <translation>Chimes when a step starts, at cues and at the end</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Soft ticks in the last three seconds of a step</source>
        <translation>Soft ticks in the last three seconds of a step</translation>
    </message>
    <message>
        <source>Say each step&apos;s prompt aloud</source>
        <translation>Say each step&apos;s prompt aloud</translation>
    </message>
    <message>
        <source>Also read the whole instruction</source>
        <translation>Also read the whole instruction</translation>
    </message>
    <message>
        <source>Say what comes next, ten seconds before a step ends</source>
        <translation>Say what comes next, ten seconds before a step ends</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Speaking rate</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Default voice</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keys and pedal</source>
        <translation>Keys and pedal</translation>
    </message>
</context>
<context>
    <name>Timings</name>
    <message>
        <source>Your timings could not be saved</source>
        <translation>Your timings could not be saved</translation>
    </message>
    <message>
        <source>Your timings for %1 are saved.</source>
        <translation>Your timings for %1 are saved.</translation>
    </message>
    <message>
        <source>They apply from the next session.</source>
        <translation>They apply from the next session.</translation>
    </message>
    <message>
        <source>The extra time could not be kept</source>
        <translation>The extra time could not be kept</translation>
    </message>
    <message>
        <source>Kept. %1 now lasts %2 for you.</source>
        <translation>Kept. %1 now lasts %2 for you.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (my timings)</source>
        <translation>%1 (my timings)</translation>
    </message>
    <message>
        <source>Save as a new routine</source>
        <translation>Save as a new routine</translation>
    </message>
    <message>
        <source>Routines (*.yaml)</source>
        <translation>Routines (*.yaml)</translation>
    </message>
    <message>
        <source>The new routine could not be made.</source>
        <translation>The new routine could not be made.</translation>
    </message>
    <message>
        <source>The new routine could not be saved: %1</source>
        <translation>The new routine could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved as a new routine: %1.</source>
        <translation>Saved as a new routine: %1.</translation>
    </message>
    <message>
        <source>Left out, as they no longer fit: %1.</source>
        <translation>Left out, as they no longer fit: %1.</translation>
    </message>
    <message>
        <source>Each step lasts from 0:01 to 60:00, and the whole routine at most 4 hours. Sessions of about 10 to 30 minutes are usual.</source>
        <translation>Each step lasts from 0:01 to 60:00, and the whole routine at most 4 hours. Sessions of about 10 to 30 minutes are usual.</translation>
    </message>
    <message>
        <source>Timings for %1</source>
        <translation>Timings for %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Your time for step %1, %2</source>
        <translation>Your time for step %1, %2</translation>
    </message>
    <message>
        <source>The routine&apos;s own time is %1</source>
        <translation>The routine&apos;s own time is %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Reset step %1 to the routine&apos;s time</source>
        <translation>Reset step %1 to the routine&apos;s time</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Scale every step by</source>
        <translation>Scale every step by</translation>
    </message>
    <message>
        <source>Scale all steps</source>
        <translation>Scale all steps</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Reset all</translation>
    </message>
    <message>
        <source>Make every step</source>
        <translation>Make every step</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save as new routine…</source>
        <translation>Save as new routine…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Change how long each step lasts for her. Type a time like 1:30, or use the Up and Down keys to change it by 15 seconds. Every later session uses these times until you reset them.</source>
        <translation>Change how long each step lasts for her. Type a time like 1:30, or use the Up and Down keys to change it by 15 seconds. Every later session uses these times until you reset them.</translation>
    </message>
    <message>
        <source>Steps set one by one</source>
        <translation>Steps set one by one</translation>
    </message>
    <message>
        <source>Total: %1   (the routine&apos;s own: %2)</source>
        <translation>Total: %1   (the routine&apos;s own: %2)</translation>
    </message>
    <message>
        <source>That is longer than 4 hours in all. Shorten some steps to save.</source>
        <translation>That is longer than 4 hours in all. Shorten some steps to save.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Language…</source>
        <translation>Language…</translation>
    </message>
    <message>
        <source>The language of the app, the safety text, the routines and the voice</source>
        <translation>The language of the app, the safety text, the routines and the voice</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Quit Massage Timer?</source>
        <translation>Quit Massage Timer?</translation>
    </message>
    <message>
        <source>A session is still going. Stop it and quit?</source>
        <translation>A session is still going. Stop it and quit?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stop and quit</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Text size: %1 %</translation>
    </message>
    <message>
        <source>Text size: %1 % (Ctrl+0: as made)</source>
        <translation>Text size: %1 % (Ctrl+0: as made)</translation>
    </message>
</context>
</TS>
