<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>the %1 sound could not be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine failed</source>
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
</TS>
