<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Announcements</name>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on when you are both ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1, %2. Press Space to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. %1 left of %2. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for %1. Press Space to go on when you are both ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Massage Timer is already open; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Massage Timer. The session goes on; the details are in the log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>no sound device was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine (on Linux, install speech-dispatcher and espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voice here speaks the routine&apos;s language (%1), so only the chimes play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 sound could not be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chooser</name>
    <message>
        <source>Open a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This routine cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop and call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the health text rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number her maternity unit (or labor and delivery) gave you. It is shown wherever this app says to call. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) - . / only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 01632 960 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a phone number: it needs at least 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finish</name>
    <message>
        <source>Help her up slowly and offer a drink of water. Ask how she feels.
Tightenings after a massage are usually practice ones. From 37 weeks, labour may be starting when they come regularly and get stronger and closer together.
Call her maternity unit if they become regular and painful, or if there is bleeding, leaking fluid, severe pain, or the baby moves less. H shows the full list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the extra time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call  H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop and when to call: H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You added time to %1. Keep it for next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hearing</name>
    <message>
        <source>Sound is off in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A guided massage session is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>%1 with your timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your routine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number, shown wherever this app says to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one with the arrow keys and press Enter to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust timings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own routines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your choice could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Read to the end to continue: scroll down, or press Page Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the health text rests on, and its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number, shown wherever this app says to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her maternity unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s number is not added yet. Add it with “Phone number…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency: 999 (UK), 911 (US and Canada), 112 (EU)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused  ·  Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust timings  T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart  R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is up, press Space to go on when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this session now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last step. Finish the session now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file could not be read, so defaults are used. It was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes when a step starts, at cues and at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft ticks in the last three seconds of a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say each step&apos;s prompt aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the whole instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what comes next, ten seconds before a step ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timings</name>
    <message>
        <source>Your timings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your timings for %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They apply from the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra time could not be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept. %1 now lasts %2 for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (my timings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines (*.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new routine could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new routine could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new routine: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as they no longer fit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step lasts from 0:01 to 60:00, and the whole routine at most 4 hours. Sessions of about 10 to 30 minutes are usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time for step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s own time is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset step %1 to the routine&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale every step by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how long each step lasts for her. Type a time like 1:30, or use the Up and Down keys to change it by 15 seconds. Every later session uses these times until you reset them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps set one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1   (the routine&apos;s own: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is longer than 4 hours in all. Shorten some steps to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Quit Massage Timer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is still going. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1 % (Ctrl+0: as made)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
