<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
</TS>
