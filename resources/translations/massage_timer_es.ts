<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Announcements</name>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Go on when you are both ready.</source>
        <translation>Sigan cuando estén listos los dos.</translation>
    </message>
    <message>
        <source>step %1 of %2, %3</source>
        <translation>paso %1 de %2, %3</translation>
    </message>
    <message>
        <source>Ready: %1, %2. Press Space to start.</source>
        <translation>Listo: %1, %2. Pulse Espacio para empezar.</translation>
    </message>
    <message>
        <source>%1 left of %2.</source>
        <translation>%2. Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>Paused. %1 left of %2. Press Space to go on.</source>
        <translation>En pausa. %2. Tiempo restante: %1. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <source>Time is up for %1. Press Space to go on when you are both ready.</source>
        <translation>Se acabó el tiempo del %1. Pulse Espacio para seguir cuando estén listos los dos.</translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Massage Timer is already open; its window was brought forward.</source>
        <translation>Massage Timer ya está abierto; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Something went wrong inside Massage Timer. The session goes on; the details are in the log (%1).</source>
        <translation>Algo ha fallado dentro de Massage Timer. La sesión continúa; los detalles están en el registro (%1).</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>no sound device was found</source>
        <translation>no se encontró ningún dispositivo de sonido</translation>
    </message>
    <message>
        <source>no speech engine (on Linux, install speech-dispatcher and espeak-ng)</source>
        <translation>no hay motor de voz (en Linux, instale speech-dispatcher y espeak-ng)</translation>
    </message>
    <message>
        <source>no voice here speaks the routine&apos;s language (%1), so only the chimes play</source>
        <translation>aquí ninguna voz habla el idioma de la rutina (%1), así que solo suenan las campanas</translation>
    </message>
    <message>
        <source>the %1 sound could not be played</source>
        <translation>no se pudo reproducir el sonido «%1»</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>el motor de voz ha fallado</translation>
    </message>
</context>
<context>
    <name>Chooser</name>
    <message>
        <source>Open a routine</source>
        <translation>Abrir una rutina</translation>
    </message>
    <message>
        <source>Routines (*.yaml *.yml);;All files (*)</source>
        <translation>Rutinas (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 has problems, so it cannot be used.</source>
        <translation>%1 tiene problemas, así que no se puede usar.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This routine cannot be used</source>
        <translation>Esta rutina no se puede usar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>When to stop and call</source>
        <translation>Cuándo parar y cuándo llamar</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.</source>
        <translation>Una guía tranquila, paso a paso, para un masaje suave en la parte baja de la espalda al final del embarazo.</translation>
    </message>
    <message>
        <source>What the health text rests on</source>
        <translation>En qué se basan los textos de salud</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s number</source>
        <translation>El número de su maternidad</translation>
    </message>
    <message>
        <source>Type the number her maternity unit (or labor and delivery) gave you. It is shown wherever this app says to call. It stays on this computer.</source>
        <translation>Escriba el número que les dio su maternidad (o sala de partos). Se muestra en todos los lugares donde la aplicación dice que llamen. Se queda en este equipo.</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number</source>
        <translation>El teléfono de su maternidad</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) - . / only</source>
        <translation>Solo cifras, espacios y + ( ) - . /</translation>
    </message>
    <message>
        <source>for example 01632 960 123</source>
        <translation>por ejemplo 912 345 678</translation>
    </message>
    <message>
        <source>That does not look like a phone number: it needs at least 3 digits.</source>
        <translation>Eso no parece un número de teléfono: necesita al menos 3 cifras.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app, its safety text, its routines and its voice speak the language chosen here. It changes at once and is remembered.</source>
        <translation>La aplicación, su texto de seguridad, sus rutinas y su voz usan el idioma que elija aquí. Cambia al momento y se recuerda.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>This computer&apos;s language (%1)</source>
        <translation>El idioma del equipo (%1)</translation>
    </message>
</context>
<context>
    <name>Finish</name>
    <message>
        <source>Help her up slowly and offer a drink of water. Ask how she feels.
Tightenings after a massage are usually practice ones. From 37 weeks, labour may be starting when they come regularly and get stronger and closer together.
Call her maternity unit if they become regular and painful, or if there is bleeding, leaking fluid, severe pain, or the baby moves less. H shows the full list.</source>
        <translation>Ayúdela a levantarse despacio y ofrézcale un vaso de agua. Pregúntele cómo se siente.
Las contracciones después de un masaje suelen ser de práctica. Desde la semana 37, el parto puede estar empezando si llegan con regularidad y se hacen más fuertes y más seguidas.
Llamen a su maternidad si se vuelven regulares y dolorosas, o si hay sangrado, pérdida de líquido, dolor fuerte o el bebé se mueve menos. H muestra la lista completa.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Keep the extra time</source>
        <translation>Guardar el tiempo extra</translation>
    </message>
    <message>
        <source>When to call  H</source>
        <translation>Cuándo llamar  H</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <source>When to stop and when to call: H</source>
        <translation>Cuándo parar y cuándo llamar: H</translation>
    </message>
    <message>
        <source>“%1” (+%2)</source>
        <translation>«%1» (+%2)</translation>
    </message>
    <message>
        <source>You added time to %1. Keep it for next time?</source>
        <translation>Añadió tiempo a %1. ¿Guardarlo para la próxima vez?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Sesión terminada</translation>
    </message>
</context>
<context>
    <name>Hearing</name>
    <message>
        <source>Sound is off in this window.</source>
        <translation>El sonido está apagado en esta ventana.</translation>
    </message>
    <message>
        <source>Sound: %1.</source>
        <translation>Sonido: %1.</translation>
    </message>
    <message>
        <source>Voice: %1.</source>
        <translation>Voz: %1.</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A guided massage session is running</source>
        <translation>Hay una sesión de masaje guiado en curso</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>A foot pedal, a clicker or a headset button sends a key. Press “Learn a key…”, then the pedal: it works beside the keys below, and is shown on the session&apos;s buttons.</source>
        <translation>Un pedal, un mando de presentaciones o un botón de los auriculares envía una tecla. Pulse «Aprender una tecla…» y luego el pedal: funciona junto a las teclas de abajo y aparece en los botones de la sesión.</translation>
    </message>
    <message>
        <source>Learn a key…</source>
        <translation>Aprender una tecla…</translation>
    </message>
    <message>
        <source>Learn a key for %1</source>
        <translation>Aprender una tecla para «%1»</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Lo aprendido</translation>
    </message>
    <message>
        <source>Forget the learned keys</source>
        <translation>Olvidar las teclas aprendidas</translation>
    </message>
    <message>
        <source>%1  ·  learned: %2</source>
        <translation>%1  ·  aprendidas: %2</translation>
    </message>
    <message>
        <source>Press the key or pedal for “%1” now (Esc: cancel).</source>
        <translation>Pulse ahora la tecla o el pedal para «%1» (Esc: cancelar).</translation>
    </message>
    <message>
        <source>Nothing was learned.</source>
        <translation>No se aprendió nada.</translation>
    </message>
    <message>
        <source>%1 already does that.</source>
        <translation>%1 ya hace eso.</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 se quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 now also means “%2”.</source>
        <translation>Ahora %1 también significa «%2».</translation>
    </message>
    <message>
        <source>Use %1 for “%2”?</source>
        <translation>¿Usar %1 para «%2»?</translation>
    </message>
    <message>
        <source>In a session, %1 already means “%2”. Use it for “%3” instead?</source>
        <translation>En una sesión, %1 ya significa «%2». ¿Usarla para «%3» en su lugar?</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usarla</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Dejarla como está</translation>
    </message>
    <message>
        <source>The learned keys are forgotten.</source>
        <translation>Se olvidaron las teclas aprendidas.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Start, pause and go on</source>
        <translation>Empezar, pausar y seguir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>30 seconds more</source>
        <translation>30 segundos más</translation>
    </message>
    <message>
        <source>Go on from a step that waits</source>
        <translation>Seguir en un paso que espera</translation>
    </message>
    <message>
        <source>Restart the step</source>
        <translation>Repetir el paso</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>When to stop and call</source>
        <translation>Cuándo parar y llamar</translation>
    </message>
    <message>
        <source>Say the time left</source>
        <translation>Decir el tiempo restante</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Night and day</source>
        <translation>Noche y día</translation>
    </message>
    <message>
        <source>Adjust timings</source>
        <translation>Ajustar tiempos</translation>
    </message>
    <message>
        <source>Scroll the instruction</source>
        <translation>Desplazar la instrucción</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>%1 with your timings</source>
        <translation>%1 con sus tiempos</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a routine&apos;s language, named in it</comment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>your routine (%1)</source>
        <translation>su rutina (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>%1 no se puede usar</translation>
    </message>
    <message>
        <source>%1 cannot be used. %2</source>
        <translation>%1 no se puede usar. %2</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elija una rutina</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Phone number…</source>
        <translation>Teléfono…</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number, shown wherever this app says to call</source>
        <translation>El teléfono de su maternidad, que se muestra donde la aplicación dice que llamen</translation>
    </message>
    <message>
        <source>Pick one with the arrow keys and press Enter to begin.</source>
        <translation>Elija una con las flechas y pulse Intro para empezar.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Adjust timings…</source>
        <translation>Ajustar tiempos…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Your own routines: %1</source>
        <translation>Sus propias rutinas: %1</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… y %n más (vea los detalles)</numerusform>
            <numerusform>… y %n más (vea los detalles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n sin llegar</numerusform>
            <numerusform>%n sin llegar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your choice could not be saved.</source>
        <translation>No se pudo guardar su elección.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Read to the end to continue: scroll down, or press Page Down.</source>
        <translation>Lea hasta el final para continuar: desplácese hacia abajo o pulse Av Pág.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>What the health text rests on, and its sources</source>
        <translation>En qué se basan los textos de salud, y sus fuentes</translation>
    </message>
    <message>
        <source>Phone number…</source>
        <translation>Teléfono…</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s phone number, shown wherever this app says to call</source>
        <translation>El teléfono de su maternidad, que se muestra donde la aplicación dice que llamen</translation>
    </message>
    <message>
        <source>Her maternity unit: %1</source>
        <translation>Su maternidad: %1</translation>
    </message>
    <message>
        <source>Her maternity unit&apos;s number is not added yet. Add it with “Phone number…”.</source>
        <translation>Aún no se ha añadido el número de su maternidad. Añádalo con «Teléfono…».</translation>
    </message>
    <message>
        <source>In an emergency: 999 (UK), 911 (US and Canada), 112 (EU)</source>
        <translation>En una emergencia: 999 (Reino Unido), 911 (EE. UU. y Canadá), 112 (UE)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Press Space to start</source>
        <translation>Pulse Espacio para empezar</translation>
    </message>
    <message>
        <source>Paused  ·  Space to go on</source>
        <translation>En pausa  ·  Espacio para seguir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>When to stop</source>
        <translation>Cuándo parar</translation>
    </message>
    <message>
        <source>Adjust timings  T</source>
        <translation>Ajustar tiempos  T</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo que queda en este paso</translation>
    </message>
    <message>
        <source>Continue when ready</source>
        <translation>Continuar cuando estén listos</translation>
    </message>
    <message>
        <source>Stop  Esc</source>
        <translation>Parar  Esc</translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation>←  Atrás</translation>
    </message>
    <message>
        <source>Restart  R</source>
        <translation>Repetir  R</translation>
    </message>
    <message>
        <source>Next  →</source>
        <translation>Siguiente  →</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>Paso %1 de %2, %3</translation>
    </message>
    <message>
        <source>ready, press Space to start</source>
        <translation>listo, pulse Espacio para empezar</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>tiempo restante %1, en pausa</translation>
    </message>
    <message>
        <source>time is up, press Space to go on when ready</source>
        <translation>se acabó el tiempo, pulse Espacio para seguir cuando estén listos</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>tiempo restante %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Stop this session now?</source>
        <translation>¿Parar esta sesión ahora?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>This is the last step. Finish the session now?</source>
        <translation>Este es el último paso. ¿Terminar la sesión ahora?</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Avance de la sesión</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file could not be read, so defaults are used. It was kept as %1.</source>
        <translation>No se pudo leer su archivo de ajustes, así que se usan los valores por defecto. Se ha guardado como %1.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Chimes when a step starts, at cues and at the end</source>
        <translation>Campanas al empezar cada paso, en los avisos y al final</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Soft ticks in the last three seconds of a step</source>
        <translation>Tictac suave en los tres últimos segundos de un paso</translation>
    </message>
    <message>
        <source>Say each step&apos;s prompt aloud</source>
        <translation>Decir en voz alta la indicación de cada paso</translation>
    </message>
    <message>
        <source>Also read the whole instruction</source>
        <translation>Leer también la instrucción completa</translation>
    </message>
    <message>
        <source>Say what comes next, ten seconds before a step ends</source>
        <translation>Decir qué sigue, diez segundos antes de que acabe un paso</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keys and pedal</source>
        <translation>Teclas y pedal</translation>
    </message>
</context>
<context>
    <name>Timings</name>
    <message>
        <source>Your timings could not be saved</source>
        <translation>No se pudieron guardar sus tiempos</translation>
    </message>
    <message>
        <source>Your timings for %1 are saved.</source>
        <translation>Sus tiempos para %1 están guardados.</translation>
    </message>
    <message>
        <source>They apply from the next session.</source>
        <translation>Se aplican desde la próxima sesión.</translation>
    </message>
    <message>
        <source>The extra time could not be kept</source>
        <translation>No se pudo guardar el tiempo extra</translation>
    </message>
    <message>
        <source>Kept. %1 now lasts %2 for you.</source>
        <translation>Guardado. %1 dura ahora %2 para ustedes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (my timings)</source>
        <translation>%1 (mis tiempos)</translation>
    </message>
    <message>
        <source>Save as a new routine</source>
        <translation>Guardar como rutina nueva</translation>
    </message>
    <message>
        <source>Routines (*.yaml)</source>
        <translation>Rutinas (*.yaml)</translation>
    </message>
    <message>
        <source>The new routine could not be made.</source>
        <translation>No se pudo crear la rutina nueva.</translation>
    </message>
    <message>
        <source>The new routine could not be saved: %1</source>
        <translation>No se pudo guardar la rutina nueva: %1</translation>
    </message>
    <message>
        <source>Saved as a new routine: %1.</source>
        <translation>Guardada como rutina nueva: %1.</translation>
    </message>
    <message>
        <source>Left out, as they no longer fit: %1.</source>
        <translation>Se han dejado fuera porque ya no encajan: %1.</translation>
    </message>
    <message>
        <source>Each step lasts from 0:01 to 60:00, and the whole routine at most 4 hours. Sessions of about 10 to 30 minutes are usual.</source>
        <translation>Cada paso dura de 0:01 a 60:00, y la rutina entera como mucho 4 horas. Lo habitual son sesiones de unos 10 a 30 minutos.</translation>
    </message>
    <message>
        <source>Timings for %1</source>
        <translation>Tiempos de %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suyos</translation>
    </message>
    <message>
        <source>Your time for step %1, %2</source>
        <translation>Su tiempo para el paso %1, %2</translation>
    </message>
    <message>
        <source>The routine&apos;s own time is %1</source>
        <translation>El tiempo propio de la rutina es %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset step %1 to the routine&apos;s time</source>
        <translation>Volver el paso %1 al tiempo de la rutina</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Scale every step by</source>
        <translation>Ajustar todos los pasos al</translation>
    </message>
    <message>
        <source>Scale all steps</source>
        <translation>Ajustar todos los pasos</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Make every step</source>
        <translation>Poner cada paso al</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as new routine…</source>
        <translation>Guardar como rutina nueva…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change how long each step lasts for her. Type a time like 1:30, or use the Up and Down keys to change it by 15 seconds. Every later session uses these times until you reset them.</source>
        <translation>Cambie cuánto dura cada paso para ella. Escriba un tiempo como 1:30, o use las teclas Arriba y Abajo para cambiarlo de 15 en 15 segundos. Las sesiones siguientes usan estos tiempos hasta que los restablezca.</translation>
    </message>
    <message>
        <source>Steps set one by one</source>
        <translation>Pasos ajustados uno a uno</translation>
    </message>
    <message>
        <source>Total: %1   (the routine&apos;s own: %2)</source>
        <translation>Total: %1   (el de la rutina: %2)</translation>
    </message>
    <message>
        <source>That is longer than 4 hours in all. Shorten some steps to save.</source>
        <translation>Eso suma más de 4 horas. Acorte algunos pasos para poder guardar.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Language…</source>
        <translation>Idioma…</translation>
    </message>
    <message>
        <source>The language of the app, the safety text, the routines and the voice</source>
        <translation>El idioma de la aplicación, el texto de seguridad, las rutinas y la voz</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Quit Massage Timer?</source>
        <translation>¿Salir de Massage Timer?</translation>
    </message>
    <message>
        <source>A session is still going. Stop it and quit?</source>
        <translation>Todavía hay una sesión en curso. ¿Pararla y salir?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Parar y salir</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <source>Text size: %1 % (Ctrl+0: as made)</source>
        <translation>Tamaño del texto: %1 % (Ctrl+0: el original)</translation>
    </message>
</context>
</TS>
