<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation>Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>imap.example.org (port 993), or host:port</source>
        <translation>imap.example.org (Port 993) oder Host:Port</translation>
    </message>
    <message>
        <source>Kept only in the system keyring; some providers want an app password here</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert; manche Anbieter verlangen hier ein App-Passwort</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 143) instead of TLS</source>
        <translation>STARTTLS (Port 143) statt TLS verwenden</translation>
    </message>
    <message>
        <source>empty: trust what this computer trusts</source>
        <translation>leer: dem vertrauen, dem dieser Computer vertraut</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>you@example.org, you@work.example (default: the user)</source>
        <translation>sie@example.org, sie@arbeit.example (sonst: der Benutzername)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>My addresses:</source>
        <translation>Meine Adressen:</translation>
    </message>
    <message>
        <source>Log in and add</source>
        <translation>Anmelden und hinzufügen</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AddressTable</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Zur Hauptadresse machen</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Pause and assess</source>
        <translation>Innehalten und einordnen</translation>
    </message>
    <message>
        <source>Why haven&apos;t I answered?</source>
        <translation>Warum habe ich nicht geantwortet?</translation>
    </message>
    <message>
        <source>Does one of these apply?</source>
        <translation>Trifft eines davon zu?</translation>
    </message>
    <message>
        <source>There is no wrong answer; it picks the path.</source>
        <translation>Es gibt keine falsche Antwort; sie bestimmt nur den Weg.</translation>
    </message>
    <message>
        <source>Why haven&apos;t I answered? (not needed here)</source>
        <translation>Warum habe ich nicht geantwortet? (hier nicht nötig)</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>You are unwell. Rest first; the loops will wait.</source>
        <translation>Sie sind krank. Erholen Sie sich zuerst; die Vorgänge warten.</translation>
    </message>
    <message>
        <source>You lost someone. Nothing here matters more than that.</source>
        <translation>Sie haben jemanden verloren. Nichts hier ist wichtiger als das.</translation>
    </message>
    <message>
        <source>You need a break. Stepping back is allowed.</source>
        <translation>Sie brauchen eine Pause. Sich zurückzuziehen ist erlaubt.</translation>
    </message>
    <message>
        <source>You cannot correspond for a while.</source>
        <translation>Sie können eine Weile nicht schreiben.</translation>
    </message>
    <message>
        <source>I&apos;m away</source>
        <translation>Ich bin weg</translation>
    </message>
    <message>
        <source>Reminders pause until you come back. Nothing is lost: on your return, Ghostless lists every loop that went quiet and offers a short “back now” message.</source>
        <translation>Die Erinnerungen pausieren, bis Sie zurück sind. Nichts geht verloren: Bei Ihrer Rückkehr listet Ghostless jeden Vorgang auf, der liegen geblieben ist, und bietet eine kurze Nachricht „Wieder da“ an.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
</context>
<context>
    <name>AwayPage</name>
    <message>
        <source>Look after yourself first</source>
        <translation>Zuerst auf sich selbst achten</translation>
    </message>
    <message>
        <source>Also send this person a short note that I&apos;m stepping back</source>
        <translation>Dieser Person auch kurz schreiben, dass ich mich zurückziehe</translation>
    </message>
    <message>
        <source>I&apos;m away because of</source>
        <translation>Ich bin weg wegen</translation>
    </message>
    <message>
        <source>Away mode pauses every reminder; nothing is lost.</source>
        <translation>Die Abwesenheit pausiert alle Erinnerungen; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Turn on away mode</source>
        <translation>Abwesenheit einschalten</translation>
    </message>
</context>
<context>
    <name>BackNowDialog</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders are on again.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Erinnerungen laufen wieder.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back-now message</source>
        <translation>Nachricht „Wieder da“</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <source>A short message you can send to each of them:</source>
        <translation>Eine kurze Nachricht, die Sie jeder dieser Personen schicken können:</translation>
    </message>
    <message>
        <source>Nothing went quiet while you were away.</source>
        <translation>Während Ihrer Abwesenheit ist nichts liegen geblieben.</translation>
    </message>
    <message>
        <source>Loop {loop_id}</source>
        <translation>Vorgang {loop_id}</translation>
    </message>
    <message>
        <source>Loops that went quiet while you were away ({count}):</source>
        <translation>Vorgänge, die während Ihrer Abwesenheit liegen geblieben sind ({count}):</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <source>Block: no reply is owed</source>
        <translation>Blockieren: keine Antwort geschuldet</translation>
    </message>
    <message>
        <source>What happened (only you see this)</source>
        <translation>Was passiert ist (nur Sie sehen das)</translation>
    </message>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;The loop closes as &lt;b&gt;blocked&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Every reminder about this person stops.&lt;/li&gt;&lt;li&gt;The record is kept, in case you need it later.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Der Vorgang wird als &lt;b&gt;blockiert&lt;/b&gt; abgeschlossen.&lt;/li&gt;&lt;li&gt;Alle Erinnerungen zu dieser Person enden.&lt;/li&gt;&lt;li&gt;Der Verlauf bleibt erhalten, falls Sie ihn später brauchen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Safety comes before etiquette.</source>
        <translation>Sicherheit geht vor Höflichkeit.</translation>
    </message>
</context>
<context>
    <name>BoundaryPage</name>
    <message>
        <source>Set a boundary</source>
        <translation>Eine Grenze setzen</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in on</source>
        <translation>&amp;Erinnere mich, nachzufragen am</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Datum zum Nachfragen</translation>
    </message>
    <message>
        <source>Use it instead</source>
        <translation>Stattdessen verwenden</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Meinen Entwurf behalten</translation>
    </message>
    <message>
        <source>Go back to the draft you had before</source>
        <translation>Zurück zu Ihrem vorherigen Entwurf</translation>
    </message>
    <message>
        <source>Message with the boundary</source>
        <translation>Nachricht mit der Grenze</translation>
    </message>
    <message>
        <source>How does this message leave things? No false hope.</source>
        <extracomment>The draft before &quot;Use it instead&quot; (template, subject, body, auto body), for undo.</extracomment>
        <translation>Wie verbleibt es nach dieser Nachricht? Keine falschen Hoffnungen.</translation>
    </message>
    <message>
        <source>The draft now starts from the suggested template, with what you filled in. Other changes you made are not in it: Keep my draft brings them back.</source>
        <translation>Der Entwurf beginnt jetzt mit der vorgeschlagenen Vorlage und dem, was Sie eingesetzt haben. Andere Änderungen sind nicht darin: „Meinen Entwurf behalten“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Your own draft is back.</source>
        <translation>Ihr eigener Entwurf ist wieder da.</translation>
    </message>
    <message>
        <source>a decline</source>
        <translation>eine Absage</translation>
    </message>
    <message>
        <source>The checker, reading it as “{read_as}”:&lt;ul style=&apos;margin:0&apos;&gt;{lines}&lt;/ul&gt;Go back to edit it.</source>
        <translation>Die Prüfung, gelesen als „{read_as}“:&lt;ul style=&apos;margin:0&apos;&gt;{lines}&lt;/ul&gt;Gehen Sie zurück, um den Text zu bearbeiten.</translation>
    </message>
    <message>
        <source>The checker finds nothing to change for this boundary.</source>
        <translation>Die Prüfung findet für diese Grenze nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the figures as a table instead of a chart</source>
        <translation>Die Zahlen als Tabelle statt als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Show {0} as a table</source>
        <translation>{0} als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Save {0} as PNG</source>
        <translation>{0} als PNG speichern</translation>
    </message>
    <message>
        <source>Save {0} as CSV</source>
        <translation>{0} als CSV speichern</translation>
    </message>
    <message>
        <source>{title} (chart)</source>
        <translation>{title} (Diagramm)</translation>
    </message>
    <message>
        <source>{title} (table)</source>
        <translation>{title} (Tabelle)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Das Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Die Zahlen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>CheckerSettingsDialog</name>
    <message>
        <source>Draft checker settings</source>
        <translation>Einstellungen der Entwurfsprüfung</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>Achten auf:</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>Too long &amp;above</source>
        <translation>Zu lang &amp;ab</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>I answered and nothing more is owed on either side.</source>
        <translation>Ich habe geantwortet, und keine Seite schuldet der anderen noch etwas.</translation>
    </message>
    <message>
        <source>I said a clear, polite no.</source>
        <translation>Ich habe klar und höflich abgesagt.</translation>
    </message>
    <message>
        <source>I said yes: an offer, a proposal, an invitation.</source>
        <translation>Ich habe zugesagt: einem Angebot, einem Vorschlag, einer Einladung.</translation>
    </message>
    <message>
        <source>What was promised or asked is done.</source>
        <translation>Was versprochen oder erbeten war, ist erledigt.</translation>
    </message>
    <message>
        <source>I thanked them; the conversation is complete.</source>
        <translation>Ich habe mich bedankt; das Gespräch ist abgeschlossen.</translation>
    </message>
    <message>
        <source>They went quiet after my last message; I stopped waiting.</source>
        <translation>Nach meiner letzten Nachricht kam nichts mehr; ich warte nicht länger.</translation>
    </message>
    <message>
        <source>I stepped back from the process.</source>
        <translation>Ich habe mich aus dem Verfahren zurückgezogen.</translation>
    </message>
    <message>
        <source>No reply is owed: this contact was unsafe or abusive.</source>
        <translation>Keine Antwort geschuldet: Dieser Kontakt war bedrohlich oder übergriffig.</translation>
    </message>
    <message>
        <source>Close loop</source>
        <translation>Vorgang abschließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{contact_name}&lt;/b&gt; · {subject}</source>
        <translation>&lt;b&gt;{contact_name}&lt;/b&gt; · {subject}</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Pick a time…</source>
        <translation>Zeit wählen…</translation>
    </message>
    <message>
        <source>Their {loops} loop(s), with the {events} entries in their records, are deleted with them. Closing or archiving the loops keeps the records.</source>
        <translation>Ihre Vorgänge ({loops}) werden mitsamt den {events} Einträgen in deren Verläufen gelöscht. Wer die Vorgänge abschließt oder archiviert, behält die Verläufe.</translation>
    </message>
    <message>
        <source>They have no loops.</source>
        <translation>Zu dieser Person gibt es keine Vorgänge.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>{taken} Undo (Ctrl+Z) brings everything back.</source>
        <translation>{taken} Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete with {loops} loop(s)</source>
        <translation>Mit Vorgängen löschen ({loops})</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete “{label}” from the record of the loop with {contact_name}?</source>
        <translation>„{label}“ aus dem Verlauf des Vorgangs mit {contact_name} löschen?</translation>
    </message>
    <message>
        <source>Whose turn it is and what is owed are worked out again without it. Undo (Ctrl+Z) brings it back.</source>
        <translation>Wer dran ist und was fällig ist, wird ohne ihn neu berechnet. Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Delete loop</source>
        <translation>Vorgang löschen</translation>
    </message>
    <message>
        <source>Delete the loop with {contact_name} about “{subject}”?</source>
        <translation>Den Vorgang mit {contact_name} zu „{subject}“ löschen?</translation>
    </message>
    <message>
        <source>Its whole record goes with it and cannot be brought back. Closing or archiving the loop keeps the record.</source>
        <translation>Sein ganzer Verlauf wird mitgelöscht und lässt sich nicht zurückholen. Wer den Vorgang abschließt oder archiviert, behält den Verlauf.</translation>
    </message>
    <message>
        <source>{contact_name} is still waiting for your answer.</source>
        <translation>{contact_name} wartet noch auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Recruiter, hiring manager, former colleague…</source>
        <translation>Recruiterin, Personalverantwortlicher, frühere Kollegin…</translation>
    </message>
    <message>
        <source>e.g. 3 months; empty: only as their tags say</source>
        <translation>z. B. 3 Monate; leer: nur wie es die Schlagwörter sagen</translation>
    </message>
    <message>
        <source>When nothing has happened with this person for this long, a keep-in-touch item appears on Today. Any message or meeting with them starts it again.</source>
        <translation>Wenn mit dieser Person so lange nichts passiert ist, erscheint unter „Heute“ ein Hinweis, sich zu melden. Jede Nachricht und jedes Treffen mit ihr beginnt die Frist neu.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Profile &amp;link</source>
        <translation>Profil-&amp;Link</translation>
    </message>
    <message>
        <source>&amp;More addresses</source>
        <translation>&amp;Weitere Adressen</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Keep in touch every</source>
        <translation>&amp;In Kontakt bleiben alle</translation>
    </message>
</context>
<context>
    <name>ContactLoopsDialog</name>
    <message>
        <source>Loops with {name}</source>
        <translation>Vorgänge mit {name}</translation>
    </message>
    <message>
        <source>Loops with this person</source>
        <translation>Vorgänge mit dieser Person</translation>
    </message>
    <message>
        <source>{count} loop(s) with &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Vorgänge mit &lt;b&gt;{name}&lt;/b&gt;: {count}.</translation>
    </message>
    <message>
        <source>&amp;Open in Loops</source>
        <translation>In „Vorgänge“ ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>New contact…</source>
        <extracomment>No contact picked yet. What the line shows once &quot;New contact…&quot; was chosen; typing over it searches again.</extracomment>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Type a name to find someone, or a new name</source>
        <translation>Namen eingeben, um jemanden zu finden, oder einen neuen Namen</translation>
    </message>
    <message>
        <source>List contacts (Down)</source>
        <translation>Kontakte auflisten (Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>ContactSuggestionModel</name>
    <message>
        <source>New contact “{name}”…</source>
        <extracomment>Suggestions asked of the store per keystroke: more than fit in the pop-up. The contact id behind a suggestion (NEW_CONTACT for the last row).</extracomment>
        <translation>Neuer Kontakt „{name}“…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>The Contact dataclass behind a row.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Open loops</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <source>%s, blocked</source>
        <translation>%s, blockiert</translation>
    </message>
    <message>
        <source>%s, muted</source>
        <translation>%s, stummgeschaltet</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Filter contacts by name, organisation, role or any address</source>
        <translation>Kontakte nach Name, Organisation, Rolle oder Adresse filtern</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>New loop with this contact…</source>
        <translation>Neuer Vorgang mit diesem Kontakt…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline: {subject}</source>
        <translation>Frist: {subject}</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <source>Optional: an offer&apos;s answer-by date, a promised date or an interview time</source>
        <translation>Optional: die Antwortfrist eines Angebots, ein zugesagtes Datum oder ein Gesprächstermin</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>Interview at</source>
        <translation>Gespräch am</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Zugesagt bis</translation>
    </message>
    <message>
        <source>They promised by</source>
        <translation>Von ihnen zugesagt bis</translation>
    </message>
    <message>
        <source>e.g. friday 5pm, 11 dec 17:00 or 2026-12-11 17:00</source>
        <translation>z. B. friday 5pm, 11 dec 17:00 oder 2026-12-11 17:00</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>→ {when}</source>
        <translation>→ {when}</translation>
    </message>
</context>
<context>
    <name>DisengageWizard</name>
    <message>
        <source>Close the loop with {name} — {subject}</source>
        <extracomment>Kinds where ``$role`` means the job on offer, not the contact&apos;s own job title. For a loop linked to a mail thread: the headers that answer in that thread.</extracomment>
        <translation>Vorgang mit {name} abschließen – {subject}</translation>
    </message>
    <message>
        <source>Close the loop with {name}</source>
        <translation>Den Vorgang mit {name} abschließen</translation>
    </message>
    <message>
        <source>Step {number} of {count}. </source>
        <translation>Schritt {number} von {count}. </translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Fill in before sending: {fields}</source>
        <extracomment>The words on the highlight: it is pale in every palette, so its text is dark in every one.</extracomment>
        <translation>Vor dem Senden ausfüllen: {fields}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>What the checker found</source>
        <translation>Was die Prüfung gefunden hat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix it for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für mich beheben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{words} / {limit} words&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{words} / {limit} Wörter&lt;/span&gt;</translation>
    </message>
    <message>
        <source> Right-click: {fix}.</source>
        <translation> Rechtsklick: {fix}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft checker&lt;/b&gt;: looks good</source>
        <translation>&lt;b&gt;Entwurfsprüfung&lt;/b&gt;: sieht gut aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft checker&lt;/b&gt;: 1 thing to look at</source>
        <translation>&lt;b&gt;Entwurfsprüfung&lt;/b&gt;: 1 Punkt zum Ansehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft checker&lt;/b&gt;: {count} things to look at</source>
        <translation>&lt;b&gt;Entwurfsprüfung&lt;/b&gt;: {count} Punkte zum Ansehen</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Add an apology &amp;opener</source>
        <translation>&amp;Entschuldigung voranstellen</translation>
    </message>
    <message>
        <source>&amp;Softer wording</source>
        <translation>&amp;Sanftere Formulierung</translation>
    </message>
    <message>
        <source>The same answer, wrapped in more warmth</source>
        <translation>Dieselbe Antwort, etwas wärmer verpackt</translation>
    </message>
    <message>
        <source>My &amp;templates…</source>
        <translation>Meine &amp;Vorlagen…</translation>
    </message>
    <message>
        <source>Checker se&amp;ttings…</source>
        <translation>&amp;Prüfung einstellen…</translation>
    </message>
    <message>
        <source>your name, to sign with</source>
        <translation>Ihr Name für die Unterschrift</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>Vor&amp;lage</translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation>&amp;Unterschrift</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>A few plain sentences. The checker reads it as you type.</source>
        <translation>Ein paar klare Sätze. Die Prüfung liest beim Tippen mit.</translation>
    </message>
    <message>
        <source>Your answer is past its polite window. One short apology at the start is enough.</source>
        <translation>Ihre Antwort kommt später als höflich wäre. Eine kurze Entschuldigung am Anfang genügt.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Doppelte finden</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelte</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Darin zusammenführen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Move every loop, event and address of the second contact to the first</source>
        <translation>Alle Vorgänge, Einträge und Adressen des zweiten Kontakts auf den ersten übertragen</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Den anderen behalten</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Letzte Zusammenführung rückgängig</translation>
    </message>
    <message>
        <source>Contacts that are likely one person: the same e-mail address or profile link, or similar names at one organisation. Nothing is merged until you press Merge, and a merge can be undone.</source>
        <translation>Kontakte, die wahrscheinlich dieselbe Person sind: gleiche E-Mail-Adresse oder gleicher Profil-Link, oder ähnliche Namen in derselben Organisation. Zusammengeführt wird erst, wenn Sie auf „Zusammenführen“ drücken, und jede Zusammenführung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Keine wahrscheinlichen Doppelten.</translation>
    </message>
    <message>
        <source>Not merged: {exc}</source>
        <translation>Nicht zusammengeführt: {exc}</translation>
    </message>
    <message>
        <source>Merged {other} into {keep}: {loops_moved} loop(s) moved. Undo last merge puts them back.</source>
        <translation>{other} in {keep} zusammengeführt; übertragene Vorgänge: {loops_moved}. „Letzte Zusammenführung rückgängig“ trennt sie wieder.</translation>
    </message>
    <message>
        <source>Nothing undone: {exc}</source>
        <translation>Nichts rückgängig gemacht: {exc}</translation>
    </message>
    <message>
        <source>Undone: {name} is a contact of their own again, with their loops.</source>
        <translation>Rückgängig gemacht: {name} ist wieder ein eigener Kontakt, mit den eigenen Vorgängen.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Nothing to keep track of yet</source>
        <translation>Noch nichts im Blick zu behalten</translation>
    </message>
    <message>
        <source>A loop is one professional conversation: a recruiter&apos;s message, an interview, an introduction, a favour someone did you. Ghostless keeps track of whose turn it is in each one and reminds you before the polite time to answer runs out.</source>
        <translation>Ein Vorgang ist ein berufliches Gespräch: die Nachricht einer Recruiterin, ein Vorstellungsgespräch, eine Vorstellung durch Dritte, ein Gefallen, den Ihnen jemand getan hat. Ghostless merkt sich, wer jeweils dran ist, und erinnert Sie, bevor die höfliche Zeit für eine Antwort abläuft.</translation>
    </message>
    <message>
        <source>Add my first loop</source>
        <translation>Meinen ersten Vorgang anlegen</translation>
    </message>
    <message>
        <source>Load example loops</source>
        <translation>Beispielvorgänge laden</translation>
    </message>
    <message>
        <source>Adds a few made-up contacts and loops to try Ghostless with; delete or archive them when you are done</source>
        <translation>Legt ein paar erfundene Kontakte und Vorgänge zum Ausprobieren an; löschen oder archivieren Sie sie danach</translation>
    </message>
    <message>
        <source>Start from my mail</source>
        <translation>Mit meinen Mails beginnen</translation>
    </message>
    <message>
        <source>Point Ghostless at your Maildir or mbox; it suggests who is owed a reply</source>
        <translation>Geben Sie Ghostless Ihr Maildir oder mbox; es schlägt vor, wer noch eine Antwort bekommt</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>{count} loops</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>Correct: {what}</source>
        <translation>Korrigieren: {what}</translation>
    </message>
    <message>
        <source>Log: {what}</source>
        <translation>Vermerken: {what}</translation>
    </message>
    <message>
        <source>What was said, or a short summary (optional)</source>
        <translation>Was gesagt wurde, oder eine kurze Zusammenfassung (optional)</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings the entry back as it was.</source>
        <translation>Rückgängig (Strg+Z) stellt den Eintrag wieder her.</translation>
    </message>
</context>
<context>
    <name>FilterKeys</name>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Is that what you meant?</source>
        <extracomment>Loops named at the top of a dialog acting on several; the rest are counted.</extracomment>
        <translation>Ist das so gemeint?</translation>
    </message>
    <message>
        <source>Yes, save it</source>
        <translation>Ja, speichern</translation>
    </message>
    <message>
        <source>No, let me fix it</source>
        <translation>Nein, ich korrigiere es</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>The exported file</source>
        <translation>Die exportierte Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>UTF-8 (leave empty unless told otherwise)</source>
        <translation>UTF-8 (leer lassen, wenn nichts anderes verlangt ist)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Art der Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Preview of the contacts</source>
        <translation>Vorschau der Kontakte</translation>
    </message>
    <message>
        <source>Choose the file, then press Preview. Nothing is written yet.</source>
        <translation>Wählen Sie die Datei und drücken Sie dann „Vorschau“. Noch wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{column}  (e.g. {sample})</source>
        <translation>{column}  (z. B. {sample})</translation>
    </message>
    <message>
        <source>Cannot import: {exc}</source>
        <translation>Import nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>Importing would give: {value}. Nothing is written yet.</source>
        <translation>Der Import ergäbe: {value}. Noch wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported: {exc}</source>
        <translation>Nichts wurde importiert: {exc}</translation>
    </message>
    <message>
        <source>Imported: {value}.</source>
        <translation>Importiert: {value}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>InWindowNotifier</name>
    <message>
        <source>Dismiss all</source>
        <extracomment>The loops of many ids in one read, where the owner can (else one by one). How many loops the catch-up delivery brought (its notification&apos;s count).</extracomment>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>See them all in Today</source>
        <translation>Alle unter „Heute“ ansehen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>and {count} more ·</source>
        <translation>und {count} weitere ·</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Last 12 months</source>
        <extracomment>The periods offered, as (label, months back; None: the whole record).</extracomment>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Period counted</source>
        <translation>Gezählter Zeitraum</translation>
    </message>
    <message>
        <source>Kind of loop</source>
        <translation>Art des Vorgangs</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Once a week, at the start of your working day, a notification says how the past week went; clicking it opens this tab. Paused while you are away.</source>
        <translation>Einmal pro Woche, zu Beginn Ihres Arbeitstags, sagt eine Benachrichtigung, wie die vergangene Woche lief; ein Klick darauf öffnet diesen Reiter. Pausiert, solange Sie abwesend sind.</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>Gezählt:</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Loops behind {key}</source>
        <translation>Vorgänge hinter {key}</translation>
    </message>
</context>
<context>
    <name>IntroducedByDialog</name>
    <message>
        <source>Introduced by: {subject}</source>
        <translation>Vorgestellt von: {subject}</translation>
    </message>
    <message>
        <source>Who introduced you to this person or vouched for you? When this loop closes, Ghostless reminds you to thank them and tell them how it went.</source>
        <translation>Wer hat Sie dieser Person vorgestellt oder sich für Sie verbürgt? Wenn dieser Vorgang abgeschlossen ist, erinnert Ghostless Sie daran, sich zu bedanken und zu berichten, wie es ausgegangen ist.</translation>
    </message>
    <message>
        <source>Type part of their name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>&amp;Introduced by</source>
        <translation>&amp;Vorgestellt von</translation>
    </message>
    <message>
        <source>introduced_by: type the name of the person</source>
        <translation>introduced_by: Geben Sie den Namen der Person ein</translation>
    </message>
    <message>
        <source>introduced_by: pick someone from the list, or type a new name and choose “New contact…”</source>
        <translation>introduced_by: Wählen Sie jemanden aus der Liste, oder geben Sie einen neuen Namen ein und wählen Sie „Neuer Kontakt…“</translation>
    </message>
</context>
<context>
    <name>LoopDetailPane</name>
    <message>
        <source>Select a loop to see whose turn it is and its record.</source>
        <extracomment>The most of a name, role or organisation the pane shows (the rest in a tooltip). The most of a subject the pane&apos;s heading shows. The latest end of a snooze on the shown loop (None: nothing snoozed).</extracomment>
        <translation>Wählen Sie einen Vorgang, um zu sehen, wer dran ist, und seinen Verlauf.</translation>
    </message>
    <message>
        <source>Close politely…</source>
        <translation>Höflich beenden…</translation>
    </message>
    <message>
        <source>Decline or step back kindly, then close the loop</source>
        <translation>Freundlich absagen oder zurückziehen, dann den Vorgang abschließen</translation>
    </message>
    <message>
        <source>I&apos;ve decided to decline…</source>
        <translation>Ich habe mich für eine Absage entschieden…</translation>
    </message>
    <message>
        <source>Start the clock on a clear, short no (due within days), then write it</source>
        <translation>Die Frist für ein klares, kurzes Nein starten (fällig in wenigen Tagen), dann schreiben</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Set or change the deadline</source>
        <translation>Frist setzen oder ändern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the deadline</source>
        <translation>Die Frist entfernen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>This loop came from no introduction</source>
        <translation>Dieser Vorgang kam ohne Vorstellung zustande</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Verknüpfen…</translation>
    </message>
    <message>
        <source>Who introduced you or vouched for you here?</source>
        <translation>Wer hat Sie hier vorgestellt oder sich für Sie verbürgt?</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Doch nicht</translation>
    </message>
    <message>
        <source>Go back to the usual timing</source>
        <translation>Zurück zu den üblichen Fristen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Record, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; right-click to delete</source>
        <translation>Doppelklick korrigiert einen Eintrag; Rechtsklick löscht ihn</translation>
    </message>
    <message>
        <source>&amp;Correct this entry…</source>
        <translation>Eintrag &amp;korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Delete this entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt; (neueste zuerst)</translation>
    </message>
    <message>
        <source>{status} · snoozed until {until}</source>
        <translation>{status} · zurückgestellt bis {until}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>My turn</source>
        <translation>Ich bin dran</translation>
    </message>
    <message>
        <source>Their turn</source>
        <translation>Sie sind dran</translation>
    </message>
    <message>
        <source>Nobody&apos;s turn</source>
        <translation>Niemand ist dran</translation>
    </message>
    <message>
        <source>My turn: they have been waiting since a moment ago</source>
        <translation>Ich bin dran: man wartet seit eben auf mich</translation>
    </message>
    <message>
        <source>Their turn: waiting since a moment ago</source>
        <translation>Sie sind dran: ich warte seit eben</translation>
    </message>
    <message>
        <source>&lt;i&gt;{count} dismissed&lt;/i&gt; &lt;a href=&apos;undismiss:all&apos;&gt;Bring back&lt;/a&gt;</source>
        <translation>&lt;i&gt;{count} verworfen&lt;/i&gt; &lt;a href=&apos;undismiss:all&apos;&gt;Zurückholen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <source>{role} at {org}</source>
        <translation>{role} bei {org}</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Decided to decline on {when}</source>
        <translation>Absage beschlossen am {when}</translation>
    </message>
    <message>
        <source>My turn: they have been waiting {wait}</source>
        <translation>Ich bin dran: Sie warten seit {wait}</translation>
    </message>
    <message>
        <source>Their turn: I have been waiting {wait}</source>
        <translation>Sie sind dran: Ich warte seit {wait}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Snoozed until {until}&lt;/i&gt; &lt;a href=&apos;unsnooze:&apos;&gt;Remind me now&lt;/a&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Zurückgestellt bis {until}&lt;/i&gt; &lt;a href=&apos;unsnooze:&apos;&gt;Jetzt erinnern&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Edit loop</source>
        <translation>Vorgang bearbeiten</translation>
    </message>
    <message>
        <source>New loop</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Who is this conversation with?</source>
        <translation>Mit wem ist dieses Gespräch?</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>What is it about? e.g. Senior backend role</source>
        <translation>Worum geht es? z. B. Senior-Backend-Stelle</translation>
    </message>
    <message>
        <source>Optional: who introduced you or vouched for you</source>
        <translation>Optional: wer Sie vorgestellt oder empfohlen hat</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>  Name</source>
        <translation>  Name</translation>
    </message>
    <message>
        <source>  Organisation</source>
        <translation>  Organisation</translation>
    </message>
    <message>
        <source>  E-mail</source>
        <translation>  E-Mail</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Was &amp;geschah</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Introduced by</source>
        <translation>&amp;Vorgestellt von</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>contact: pick someone from the list, or “New contact…” to add them</source>
        <translation>contact: Wählen Sie jemanden aus der Liste, oder „Neuer Kontakt…“, um die Person anzulegen</translation>
    </message>
</context>
<context>
    <name>LoopTableModel</name>
    <message>
        <source>Contact</source>
        <extracomment>The Loop dataclass behind a row, for views and actions.</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Wer ist dran</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>{status}: {action}
opens {opens}
due {due}
overdue {overdue}</source>
        <extracomment>The roles :meth:`LoopTableModel.data` answers.</extracomment>
        <translation>{status}: {action}
ab {opens}
fällig {due}
überfällig {overdue}</translation>
    </message>
    <message>
        <source>snoozed until {until}</source>
        <translation>zurückgestellt bis {until}</translation>
    </message>
    <message>
        <source>Waiting on me since {since}</source>
        <translation>Wartet auf mich seit {since}</translation>
    </message>
    <message>
        <source>Waiting on them since {since}</source>
        <translation>Wartet auf die andere Seite seit {since}</translation>
    </message>
</context>
<context>
    <name>LoopsBehindDialog</name>
    <message>
        <source> (the first {count})</source>
        <translation> (die ersten {count})</translation>
    </message>
    <message>
        <source>{count} loops{more}.</source>
        <translation>{count} Vorgänge{more}.</translation>
    </message>
    <message>
        <source>No loops behind this one.</source>
        <translation>Keine Vorgänge dahinter.</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loops behind the chosen bar</source>
        <translation>Vorgänge hinter dem gewählten Balken</translation>
    </message>
    <message>
        <source>Open loop</source>
        <translation>Vorgang öffnen</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>My addresses</source>
        <translation>Meine Adressen</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Ordner „Gesendet“</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>Mail-Konten</translation>
    </message>
    <message>
        <source>Ghostless reads the headers of new mail in your inbox and Sent folder to see who is waiting for a reply. It never changes anything on the server.</source>
        <translation>Ghostless liest die Kopfzeilen neuer Mails in Ihrem Posteingang und im Ordner „Gesendet“, um zu sehen, wer auf eine Antwort wartet. Auf dem Server ändert es nie etwas.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Abgleich anhalten</translation>
    </message>
    <message>
        <source>Added {label}. Reading its recent mail…</source>
        <translation>{label} hinzugefügt. Die neueren Mails werden gelesen…</translation>
    </message>
    <message>
        <source>{label}: no password in the system keyring; remove the account and add it again</source>
        <translation>{label}: kein Passwort im Schlüsselbund des Systems; entfernen Sie das Konto und fügen Sie es neu hinzu</translation>
    </message>
    <message>
        <source>Logging in to {label}…</source>
        <translation>Anmeldung bei {label}…</translation>
    </message>
    <message>
        <source>Sent folder: {folder}</source>
        <translation>Ordner „Gesendet“: {folder}</translation>
    </message>
    <message>
        <source>no Sent folder found</source>
        <translation>kein Ordner „Gesendet“ gefunden</translation>
    </message>
    <message>
        <source>The connection works ({sent}).</source>
        <translation>Die Verbindung funktioniert ({sent}).</translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Das Konto entfernen?</translation>
    </message>
    <message>
        <source>Forget {label} and its password in the keyring? Nothing on the server changes; you can add it again at any time.</source>
        <translation>{label} und sein Passwort im Schlüsselbund vergessen? Auf dem Server ändert sich nichts; Sie können das Konto jederzeit wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Removed {label} (add it again to undo).</source>
        <translation>{label} entfernt (zum Rückgängigmachen neu hinzufügen).</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Stopped: {read} message(s) read, {new} new, {logged} logged in loops.</source>
        <translation>Angehalten: gelesen {read}, neu {new}, in Vorgängen vermerkt {logged}.</translation>
    </message>
    <message>
        <source>Synced: {read} message(s) read, {new} new, {logged} logged in loops.</source>
        <translation>Abgeglichen: gelesen {read}, neu {new}, in Vorgängen vermerkt {logged}.</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>Sync now</source>
        <extracomment>More sources for &quot;Sync now&quot;, read with the local ones (tests, other readers). The one sync of the app: local sources and IMAP accounts, off this thread. This page started the running sync (its words are said already).</extracomment>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Read your mail folders and accounts again (nothing in them is changed)</source>
        <translation>Ihre Mail-Ordner und -Konten neu lesen (darin wird nichts geändert)</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <source>IMAP mail accounts: add, test, remove</source>
        <translation>IMAP-Mail-Konten: hinzufügen, testen, entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add Maildir…</source>
        <translation>Maildir hinzufügen…</translation>
    </message>
    <message>
        <source>Add mbox…</source>
        <translation>mbox hinzufügen…</translation>
    </message>
    <message>
        <source>My addresses…</source>
        <translation>Meine Adressen…</translation>
    </message>
    <message>
        <source>The addresses that are yours: mail from them is yours</source>
        <translation>Die Adressen, die Ihnen gehören: Mails von dort sind Ihre</translation>
    </message>
    <message>
        <source>Conversations from your mail</source>
        <translation>Gespräche aus Ihren Mails</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Add the person (if new) and a loop with these messages at their real times</source>
        <translation>Die Person (falls neu) und einen Vorgang mit diesen Nachrichten zu ihren echten Zeiten anlegen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Never suggest this thread again</source>
        <translation>Diesen Verlauf nie wieder vorschlagen</translation>
    </message>
    <message>
        <source>Never for this sender</source>
        <translation>Nie für diesen Absender</translation>
    </message>
    <message>
        <source>Never for this domain</source>
        <translation>Nie für diese Domain</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Said:</source>
        <translation>Gesagt:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Add your addresses first (My addresses…): mail from them is yours.</source>
        <translation>Fügen Sie zuerst Ihre Adressen hinzu (Meine Adressen…): Mails von dort sind Ihre.</translation>
    </message>
    <message>
        <source>No mail source yet: add a Maildir folder, an mbox file or an account.</source>
        <translation>Noch keine Mail-Quelle: Fügen Sie einen Maildir-Ordner, eine mbox-Datei oder ein Konto hinzu.</translation>
    </message>
    <message>
        <source>No mail read yet: press Sync now.</source>
        <translation>Noch keine Mails gelesen: Drücken Sie „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>(no text kept)</source>
        <translation>(kein Text gespeichert)</translation>
    </message>
    <message>
        <source>Never for {domain}</source>
        <translation>Nie für {domain}</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Choose a Maildir folder</source>
        <translation>Maildir-Ordner wählen</translation>
    </message>
    <message>
        <source>Choose an mbox file</source>
        <translation>mbox-Datei wählen</translation>
    </message>
    <message>
        <source>My addresses</source>
        <translation>Meine Adressen</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was kept.</source>
        <translation>Abgleich abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Sync stopped; what was read is kept. </source>
        <translation>Abgleich angehalten; was gelesen wurde, bleibt. </translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>The system&apos;s password store (keyring) is not available, so Ghostless cannot keep your mail password: it never stores passwords anywhere else. Copy the message or open it in your mail client instead.</source>
        <translation>Der Passwortspeicher des Systems (Schlüsselbund) ist nicht verfügbar, daher kann Ghostless Ihr Mail-Passwort nicht aufbewahren: Woanders speichert es nie Passwörter. Kopieren Sie die Nachricht stattdessen oder öffnen Sie sie in Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Mail-Einstellungen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is always checked. The password goes to your system keyring, never to a file.</source>
        <translation>Das Zertifikat des Servers wird immer geprüft. Das Passwort kommt in den Schlüsselbund Ihres Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>S&amp;icherheit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;From address</source>
        <translation>&amp;Absenderadresse</translation>
    </message>
    <message>
        <source>From &amp;name</source>
        <translation>Absender&amp;name</translation>
    </message>
</context>
<context>
    <name>MailSyncRunner</name>
    <message>
        <source>{where}: {count} read</source>
        <extracomment>The first sync waits this long after start, to keep start-up light. How long quitting waits for a sync to stop at its next batch.</extracomment>
        <translation>{where}: {count} gelesen</translation>
    </message>
    <message>
        <source>Mail sync stopped: {exc}</source>
        <extracomment>Where account passwords are read from (the dialog adds them there too). More sources read with the local ones (tests; other readers).</extracomment>
        <translation>Mail-Abgleich angehalten: {exc}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Working hours, notifications, away mode and start at login</source>
        <translation>Arbeitszeiten, Benachrichtigungen, Abwesenheit und Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Filter loops</source>
        <extracomment>Pause in typing after which the status line counts every match of the filter. How long typing must pause before the detail pane follows the selection. What the list shows: the filter&apos;s words and whether closed loops are included.</extracomment>
        <translation>Vorgänge filtern</translation>
    </message>
    <message>
        <source>Filter by name, organisation, role, kind or subject (Ctrl+F)</source>
        <translation>Nach Name, Organisation, Rolle, Art oder Betreff filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Abgeschlossene zeigen</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>&quot;N open loops&quot;: counted here until the Loops tab is built, then by it.</extracomment>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <extracomment>The user asked for the Mail tab: show the tabs even while the ledger is empty.</extracomment>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>Who is owed a reply, from your own mail</source>
        <translation>Wer noch eine Antwort bekommt, aus Ihren eigenen Mails</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders are paused&lt;/b&gt;: you are away ({reason}) since {since}. Nothing is lost; when you are back, Ghostless shows what went quiet.</source>
        <translation>&lt;b&gt;Erinnerungen pausiert&lt;/b&gt;: Sie sind abwesend ({reason}) seit {since}. Nichts geht verloren; wenn Sie zurück sind, zeigt Ghostless, was liegen geblieben ist.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Ka&amp;lender exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export contacts as C&amp;SV…</source>
        <translation>Kontakte als C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Kontakte als &amp;vCard exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Sicherung &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Find duplicates…</source>
        <translation>&amp;Doppelte finden…</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>Letzte Zusammenführung &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Mail &amp;accounts…</source>
        <translation>Mail-&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Sync mail now</source>
        <translation>Mails jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>No loops yet.</source>
        <translation>Noch keine Vorgänge.</translation>
    </message>
    <message>
        <source>Nobody is waiting on you: no open loops.</source>
        <translation>Niemand wartet auf Sie: keine offenen Vorgänge.</translation>
    </message>
    <message>
        <source>Reminders paused</source>
        <extracomment>How many times what is owed was shown again (see ``DeliveryStart.start``).</extracomment>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>No reminders pending</source>
        <translation>Keine Erinnerungen anstehend</translation>
    </message>
    <message>
        <source>Next reminder {when}</source>
        <translation>Nächste Erinnerung {when}</translation>
    </message>
</context>
<context>
    <name>MergeBox</name>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge {first} and {second} into one contact?</source>
        <translation>{first} und {second} zu einem Kontakt zusammenführen?</translation>
    </message>
    <message>
        <source>Every loop, with its record, and every address moves to the one you keep, in one step. ({first}: {first_loops} loop(s); {second}: {second_loops} loop(s).) Undo (Ctrl+Z) separates them again.</source>
        <translation>Alle Vorgänge mit ihren Verläufen und alle Adressen gehen in einem Schritt auf den Kontakt über, den Sie behalten. (Vorgänge von {first}: {first_loops}; von {second}: {second_loops}.) Rückgängig (Strg+Z) trennt sie wieder.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>{name} behalten</translation>
    </message>
</context>
<context>
    <name>MuteOrBlockPage</name>
    <message>
        <source>Mute or block: no reply is owed</source>
        <translation>Stummschalten oder blockieren: keine Antwort geschuldet</translation>
    </message>
    <message>
        <source>The loop closes as “no response”; they can still be found.</source>
        <translation>Der Vorgang wird als „keine Antwort“ abgeschlossen; die Person bleibt auffindbar.</translation>
    </message>
    <message>
        <source>The loop closes as blocked; anything new from them stays quiet.</source>
        <translation>Der Vorgang wird als blockiert abgeschlossen; alles Neue von der Person bleibt stumm.</translation>
    </message>
    <message>
        <source>What they did (only you see this)</source>
        <translation>Was die Person getan hat (nur Sie sehen das)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Spam and scams get no answer.</source>
        <translation>Spam und Betrug bekommen keine Antwort.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
</context>
<context>
    <name>NoTrayNote</name>
    <message>
        <source>{app} has no tray here</source>
        <extracomment>window.ini key: the user was told once.</extracomment>
        <translation>{app} hat hier keinen Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so {app} reminds you only while its window is open. Closing the window quits it; minimise it instead to keep reminders coming.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher erinnert {app} Sie nur, solange sein Fenster offen ist. Wer das Fenster schließt, beendet das Programm; minimieren Sie es stattdessen, damit weiter Erinnerungen kommen.</translation>
    </message>
    <message>
        <source>On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray, and Ghostless then stays there when you close its window.</source>
        <translation>Unter GNOME ergänzt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ einen Infobereich; dann bleibt Ghostless dort, wenn Sie sein Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{app} cannot open its data</source>
        <extracomment>Platforms with no screen a person looks at; a message box there would wait forever.</extracomment>
        <translation>{app} kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>{app} cannot open its data and will close without changing anything.</source>
        <translation>{app} kann seine Daten nicht öffnen und wird beendet, ohne etwas zu ändern.</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>{label} column</source>
        <translation>Spalte {label}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take the last move back, with the entry it logged</source>
        <translation>Die letzte Verschiebung zurücknehmen, samt dem Eintrag, den sie angelegt hat</translation>
    </message>
    <message>
        <source>Drag a card to a later stage, or select it and press Ctrl+Right; each move logs what happened in the loop.</source>
        <translation>Ziehen Sie eine Karte in eine spätere Phase oder wählen Sie sie und drücken Sie Strg+Rechts; jede Verschiebung vermerkt im Vorgang, was passiert ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({total})</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({total})</translation>
    </message>
    <message>
        <source>The {shown} most urgent of {total}</source>
        <translation>Die {shown} dringendsten von {total}</translation>
    </message>
    <message>
        <source>All {total}</source>
        <translation>Alle {total}</translation>
    </message>
    <message>
        <source>Moved loop {loop_id} back to {label}.</source>
        <translation>Vorgang {loop_id} zurück nach „{label}“ verschoben.</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Verschieben nach „{stage}“</translation>
    </message>
    <message>
        <source>Open the loop</source>
        <translation>Den Vorgang öffnen</translation>
    </message>
</context>
<context>
    <name>QuietPage</name>
    <message>
        <source>You don&apos;t owe them your time</source>
        <translation>Sie schulden dieser Person Ihre Zeit nicht</translation>
    </message>
    <message>
        <source>Send a one-line &amp;acknowledgment (“I need to step back for now”)</source>
        <translation>Eine kurze &amp;Rückmeldung in einer Zeile senden („Ich muss mich vorerst zurückziehen“)</translation>
    </message>
    <message>
        <source>Step away &amp;quietly: close the loop without a message</source>
        <translation>&amp;Still zurückziehen: den Vorgang ohne Nachricht abschließen</translation>
    </message>
    <message>
        <source>Close quietly</source>
        <translation>Still abschließen</translation>
    </message>
    <message>
        <source>A minimal acknowledgment is enough; silence is allowed too.</source>
        <translation>Eine knappe Bestätigung genügt; Schweigen ist auch erlaubt.</translation>
    </message>
</context>
<context>
    <name>RecomputeIndicator</name>
    <message>
        <source>Working out what is owed after the change…</source>
        <translation>Nach der Änderung wird neu berechnet, was fällig ist…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{app} cannot open its data</source>
        <translation>{app} kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Restore one of these backups (newest first):</source>
        <translation>Eine dieser Sicherungen wiederherstellen (neueste zuerst):</translation>
    </message>
    <message>
        <source>There is no backup in the data folder. Restore a copy you keep elsewhere, or start afresh.</source>
        <translation>Im Datenordner gibt es keine Sicherung. Stellen Sie eine Kopie wieder her, die Sie anderswo aufbewahren, oder beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>&amp;Andere Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Move the damaged file into the backups folder and start with no data</source>
        <translation>Die beschädigte Datei in den Sicherungsordner verschieben und ohne Daten beginnen</translation>
    </message>
    <message>
        <source>&amp;Start afresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>RuleLabels</name>
    <message>
        <source>Too long</source>
        <extracomment>What each rule is called where the user switches it off.</extracomment>
        <translation>Zu lang</translation>
    </message>
    <message>
        <source>Vague promises (“let&apos;s keep in touch”)</source>
        <translation>Vage Versprechen („wir bleiben in Kontakt“)</translation>
    </message>
    <message>
        <source>Apologising more than once</source>
        <translation>Mehr als einmal entschuldigen</translation>
    </message>
    <message>
        <source>Explaining too much</source>
        <translation>Zu viel erklären</translation>
    </message>
    <message>
        <source>False hope in a message that closes the door</source>
        <translation>Falsche Hoffnung in einer Nachricht, die die Tür schließt</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Kein Dank</translation>
    </message>
    <message>
        <source>Never actually says no</source>
        <translation>Sagt nie wirklich ab</translation>
    </message>
    <message>
        <source>Fields left to fill in ([role?])</source>
        <translation>Noch auszufüllende Felder ([role?])</translation>
    </message>
    <message>
        <source>A greeting that names someone else</source>
        <translation>Eine Anrede, die jemand anderen nennt</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send and close</source>
        <translation>Senden und abschließen</translation>
    </message>
    <message>
        <source>Mail settings…</source>
        <translation>Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Close the loop as</source>
        <translation>Vorgang abschließen als</translation>
    </message>
    <message>
        <source>Send it your way. Ghostless records it and closes the loop: no more reminders.</source>
        <translation>Senden Sie auf Ihrem Weg. Ghostless hält es fest und schließt den Vorgang ab: keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To&lt;/b&gt; {to}</source>
        <translation>&lt;b&gt;An&lt;/b&gt; {to}</translation>
    </message>
    <message>
        <source>{problem}. Nothing was recorded.</source>
        <translation>{problem}. Nichts wurde vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Weglassen</translation>
    </message>
    <message>
        <source>Take the unfilled [field?] marks out of the message, as they are</source>
        <translation>Die unausgefüllten [Feld?]-Marken so, wie sie sind, aus der Nachricht nehmen</translation>
    </message>
    <message>
        <source>It did &amp;not go out</source>
        <translation>Sie ist &amp;nicht rausgegangen</translation>
    </message>
    <message>
        <source>I &amp;sent it</source>
        <extracomment>The page&apos;s Alt+letters: the wizard&apos;s, &quot;I sent it&quot;, &quot;Leave them out&quot;, the choices.</extracomment>
        <translation>Ich habe sie ge&amp;sendet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app} settings</source>
        <translation>{app}-Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Put every setting on every page back to its default</source>
        <translation>Jede Einstellung auf jeder Seite auf ihren Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Letzte Änderung rückgängig</translation>
    </message>
    <message>
        <source>Go back to the settings before the last change was saved</source>
        <translation>Zu den Einstellungen vor der letzten gespeicherten Änderung zurückkehren</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Choices kept on this computer only.</source>
        <translation>Einstellungen, die nur auf diesem Computer gelten.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Back to the default: {value}</source>
        <translation>Zurück zum Standard: {value}</translation>
    </message>
    <message>
        <source>%s: back to the default</source>
        <translation>%s: auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>{help} Default: {value}.</source>
        <translation>{help} Standard: {value}.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The system&apos;s zone</source>
        <translation>Zeitzone des Systems</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>Achten auf:</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Reminders bar in the window</source>
        <translation>Erinnerungsleiste im Fenster</translation>
    </message>
    <message>
        <source>I&apos;m away: pause every reminder</source>
        <translation>Ich bin weg: alle Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Start {app} at login, in the tray</source>
        <translation>{app} bei der Anmeldung starten, im Infobereich</translation>
    </message>
    <message>
        <source>Saved: back to the earlier settings ({changes}).</source>
        <translation>Gespeichert: zurück zu den früheren Einstellungen ({changes}).</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Änderung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until…</source>
        <translation>Zurückstellen bis…</translation>
    </message>
    <message>
        <source>Remind me &amp;at</source>
        <translation>Erinnern &amp;um</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>SnoozeWiring</name>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>1 open loop</source>
        <translation>1 offener Vorgang</translation>
    </message>
    <message>
        <source>{count} open loops</source>
        <translation>{count} offene Vorgänge</translation>
    </message>
    <message>
        <source>1 loop</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <source>{count} loops</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>1 loop matches “{text}” · {open_total} open in all</source>
        <translation>1 Vorgang passt zu „{text}“ · {open_total} offen insgesamt</translation>
    </message>
    <message>
        <source>{found} loops match “{text}” · {open_total} open in all</source>
        <translation>{found} Vorgänge passen zu „{text}“ · {open_total} offen insgesamt</translation>
    </message>
    <message>
        <source>{found} of {loops} match “{text}”</source>
        <translation>{found} von {loops} passen zu „{text}“</translation>
    </message>
    <message>
        <source>{loops}, {open_total} of them open</source>
        <translation>{loops}, davon {open_total} offen</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Turn</source>
        <translation>Wer ist dran</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Last said</source>
        <translation>Zuletzt gesagt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>You owe a reply</source>
        <translation>Sie schulden eine Antwort</translation>
    </message>
    <message>
        <source>Awaiting theirs</source>
        <translation>Wartet auf deren Antwort</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation>nur für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;every owed item</source>
        <translation>&amp;alles, was offen ist</translation>
    </message>
    <message>
        <source>&amp;only the</source>
        <translation>&amp;nur die</translation>
    </message>
    <message>
        <source> most urgent</source>
        <translation> dringendsten</translation>
    </message>
    <message>
        <source>How many of the most urgent owed items</source>
        <translation>Wie viele der dringendsten offenen Elemente</translation>
    </message>
    <message>
        <source>Save and sync</source>
        <translation>Speichern und abgleichen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>Abgleich ausschalten</translation>
    </message>
    <message>
        <source>Stop syncing; nothing here or on the server is deleted</source>
        <translation>Den Abgleich beenden; hier und auf dem Server wird nichts gelöscht</translation>
    </message>
    <message>
        <source>Changes to settle</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Changes two desktops made too close together to tell which came last</source>
        <translation>Änderungen zweier Rechner, so kurz nacheinander, dass sich nicht sagen lässt, welche die letzte war</translation>
    </message>
    <message>
        <source>Keep this desktop&apos;s</source>
        <translation>Die von diesem Rechner behalten</translation>
    </message>
    <message>
        <source>Take the other&apos;s</source>
        <translation>Die des anderen übernehmen</translation>
    </message>
    <message>
        <source>Your follow-ups become tasks on your own calendar server (Nextcloud, Fastmail, iCloud, Radicale…), so your phone reminds you too. Ticking a task done there logs it here; moving its date snoozes it.</source>
        <translation>Ihre Nachfassaufgaben werden zu Aufgaben auf Ihrem eigenen Kalenderserver (Nextcloud, Fastmail, iCloud, Radicale…), damit auch Ihr Telefon Sie erinnert. Wer dort eine Aufgabe abhakt, vermerkt sie hier; wer ihr Datum verschiebt, stellt sie zurück.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Tasks on the phone</source>
        <translation>Aufgaben auf dem Telefon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgleich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;To settle&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zu klären&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Der Abgleich ist aus.</translation>
    </message>
    <message>
        <source>Loop {loop_id}, {field}: here “{mine}”, on another desktop “{theirs}”</source>
        <translation>Vorgang {loop_id}, {field}: hier „{mine}“, auf einem anderen Rechner „{theirs}“</translation>
    </message>
    <message>
        <source>Loop {loop_id}: {field} is now “{kept}”; the other desktops take it next sync.</source>
        <translation>Vorgang {loop_id}: {field} ist jetzt „{kept}“; die anderen Rechner übernehmen es beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt abgeglichen</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Letzter Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>{verb} {when}: {summary}</source>
        <translation>{verb} {when}: {summary}</translation>
    </message>
    <message>
        <source> The next sync makes it so.</source>
        <translation> Der nächste Abgleich setzt es um.</translation>
    </message>
    <message>
        <source>Tasks on the phone: {choice}.</source>
        <translation>Aufgaben auf dem Telefon: {choice}.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Saved: tasks go to “{calendar_name}”. Syncing…</source>
        <translation>Gespeichert: Aufgaben gehen nach „{calendar_name}“. Abgleich läuft…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Sync is off. Nothing here or on the server was deleted.</source>
        <translation>Der Abgleich ist aus. Hier und auf dem Server wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Leave empty to use the direct text</source>
        <translation>Leer lassen, um den direkten Text zu verwenden</translation>
    </message>
    <message>
        <source>Fields: {fields}. Write $$ for a dollar sign.</source>
        <translation>Felder: {fields}. Für ein Dollarzeichen $$ schreiben.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Meant to</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Meant to</source>
        <translation>Gedacht zum</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation>&amp;Direkt</translation>
    </message>
    <message>
        <source>S&amp;ofter</source>
        <translation>Sa&amp;nfter</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>My templates</source>
        <translation>Meine Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Status</source>
        <extracomment>The loop&apos;s subject: one person&apos;s loops told apart (shown next to &quot;Who&quot;).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum</translation>
    </message>
    <message>
        <source>Later: %s</source>
        <extracomment>Reads ``limit`` agenda lines from ``offset``, as they stand at the model&apos;s instant.</extracomment>
        <translation>Später: %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Owed now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Open loop</source>
        <translation>Vorgang öffnen</translation>
    </message>
    <message>
        <source>Log answer sent…</source>
        <translation>Gesendete Antwort protokollieren…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 thing owed now&lt;/b&gt; · {later} coming up or snoozed</source>
        <translation>&lt;b&gt;1 Sache jetzt offen&lt;/b&gt; · {later} demnächst oder zurückgestellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{owed} things owed now&lt;/b&gt; · {later} coming up or snoozed</source>
        <translation>&lt;b&gt;{owed} Sachen jetzt offen&lt;/b&gt; · {later} demnächst oder zurückgestellt</translation>
    </message>
    <message>
        <source>Every line owed now, some loops more than one. The reminders bar counts only the loops whose reminder has just come, one per loop.</source>
        <translation>Jede jetzt offene Zeile, bei manchen Vorgängen mehr als eine. Die Erinnerungsleiste zählt nur die Vorgänge, deren Erinnerung gerade kam, einen je Vorgang.</translation>
    </message>
    <message>
        <source>Nothing recorded for %s: %s. S snoozes the line meanwhile.</source>
        <translation>Für %s nichts eingetragen: %s. S stellt die Zeile so lange zurück.</translation>
    </message>
    <message>
        <source>X marks the %d selected lines done</source>
        <translation>X markiert die %d ausgewählten Zeilen als erledigt</translation>
    </message>
    <message>
        <source>X does not settle this line: %s</source>
        <translation>X erledigt diese Zeile nicht: %s</translation>
    </message>
    <message>
        <source>closes the loop as “%s”</source>
        <translation>schließt den Vorgang als „%s“ ab</translation>
    </message>
    <message>
        <source>records the interview as held</source>
        <translation>trägt das Gespräch als geführt ein</translation>
    </message>
    <message>
        <source>records the message as sent</source>
        <translation>trägt die Nachricht als gesendet ein</translation>
    </message>
    <message>
        <source>X on this line %s</source>
        <translation>X in dieser Zeile %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing owed right now&lt;/b&gt; · {later} coming up or snoozed</source>
        <translation>&lt;b&gt;Gerade nichts fällig&lt;/b&gt; · {later} demnächst oder zurückgestellt</translation>
    </message>
    <message>
        <source>I answered: record the message I sent</source>
        <translation>Ich habe geantwortet: meine Nachricht festhalten</translation>
    </message>
    <message>
        <source>Close politely…</source>
        <translation>Höflich beenden…</translation>
    </message>
    <message>
        <source>Not answering? Decline or step back kindly, then close the loop</source>
        <translation>Keine Antwort geplant? Freundlich absagen oder zurückziehen, dann abschließen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Remind me again now</source>
        <translation>Jetzt erneut erinnern</translation>
    </message>
    <message>
        <source>Nobody is waiting on you. Enjoy the quiet.</source>
        <translation>Niemand wartet auf Sie. Genießen Sie die Ruhe.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Snooze all for an hour</source>
        <translation>Alle um eine Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Nothing owed now</source>
        <extracomment>The tray&apos;s snooze choices: true at any hour (&quot;this evening&quot; is not, after 18:00).</extracomment>
        <translation>Gerade nichts fällig</translation>
    </message>
    <message>
        <source>{owed} owed now, {overdue} overdue</source>
        <translation>{owed} jetzt fällig, {overdue} überfällig</translation>
    </message>
    <message>
        <source>{owed} owed now</source>
        <translation>{owed} jetzt fällig</translation>
    </message>
    <message>
        <source>{text} (reminders paused: away)</source>
        <translation>{text} (Erinnerungen pausiert: abwesend)</translation>
    </message>
    <message>
        <source>I&apos;m away (pause reminders)</source>
        <extracomment>The longest entry in the tray menu, in characters: a menu as wide as a 200-character name would cover the screen (and dbusmenu hosts show no tooltips).</extracomment>
        <translation>Ich bin weg (Erinnerungen pausieren)</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit {app}</source>
        <translation>{app} beenden</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Zeit wählen…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Close politely…</source>
        <translation>Höflich beenden…</translation>
    </message>
</context>
<context>
    <name>TriageCommands</name>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Is that the date you meant?</source>
        <translation>Ist das das gemeinte Datum?</translation>
    </message>
    <message>
        <source>Snooze anyway</source>
        <translation>Trotzdem zurückstellen</translation>
    </message>
</context>
<context>
    <name>TriageKeys</name>
    <message>
        <source>Keys: ↑↓ move · Shift+↑↓ or Ctrl+click select several · Enter open · R received · E sent · S snooze · D close politely · X done · Ctrl+Z undo</source>
        <translation>Tasten: ↑↓ bewegen · Umschalt+↑↓ oder Strg+Klick mehrere wählen · Eingabe öffnen · R erhalten · E gesendet · S zurückstellen · D höflich beenden · X erledigt · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>&amp;Open loop</source>
        <translation>Vorgang ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the loop and its record</source>
        <translation>Den Vorgang und seinen Verlauf zeigen</translation>
    </message>
    <message>
        <source>Log message &amp;received…</source>
        <translation>Nachricht &amp;erhalten…</translation>
    </message>
    <message>
        <source>They wrote: record their message</source>
        <translation>Sie haben geschrieben: ihre Nachricht vermerken</translation>
    </message>
    <message>
        <source>Log answer &amp;sent…</source>
        <translation>Antwort &amp;gesendet…</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>Remind me later: an hour, tomorrow, a time you type</source>
        <translation>Später erinnern: in einer Stunde, morgen, zu einer eingegebenen Zeit</translation>
    </message>
    <message>
        <source>Close &amp;politely…</source>
        <translation>&amp;Höflich beenden…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als erle&amp;digt markieren</translation>
    </message>
    <message>
        <source>I did it: record the message as sent (or the interview as held); Ctrl+Z takes it back</source>
        <translation>Erledigt: die Nachricht als gesendet vermerken (oder das Gespräch als geführt); Strg+Z nimmt es zurück</translation>
    </message>
</context>
<context>
    <name>TypedTimeAction</name>
    <message>
        <source>Words such as &apos;tomorrow 9am&apos;, &apos;next monday&apos;, &apos;in 3 hours&apos;, or a date; Enter snoozes</source>
        <translation>Wörter wie &apos;tomorrow 9am&apos;, &apos;next monday&apos;, &apos;in 3 hours&apos; oder ein Datum; Eingabe stellt zurück</translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>How long the &quot;Undo&quot; link stays in the status bar after an action.</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
    <message>
        <source>Nothing to take back</source>
        <translation>Nichts zurückzunehmen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>{label} — Undo ({keys})</source>
        <translation>{label} — Rückgängig ({keys})</translation>
    </message>
</context>
<context>
    <name>_Primary</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>_ReminderRow</name>
    <message>
        <source>· {label} ·</source>
        <extracomment>Rows the bar shows at most; a longer digest says how many more there are.</extracomment>
        <translation>· {label} ·</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New loop…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <source>Start tracking a conversation</source>
        <translation>Ein Gespräch verfolgen</translation>
    </message>
    <message>
        <source>New loop</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Log message &amp;received…</source>
        <translation>Nachricht &amp;erhalten…</translation>
    </message>
    <message>
        <source>Record a message they sent me: my turn</source>
        <translation>Eine erhaltene Nachricht festhalten: ich bin dran</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Log message &amp;sent…</source>
        <translation>Nachricht &amp;gesendet…</translation>
    </message>
    <message>
        <source>Record a message I sent: their turn</source>
        <translation>Eine gesendete Nachricht festhalten: die andere Seite ist dran</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Log &amp;other event…</source>
        <translation>&amp;Anderes Ereignis…</translation>
    </message>
    <message>
        <source>Record a meeting, a promise or a note</source>
        <translation>Ein Treffen, eine Zusage oder eine Notiz festhalten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>&amp;Edit loop…</source>
        <translation>Vorgang &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the loop&apos;s details</source>
        <translation>Die Angaben des Vorgangs ändern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Close loop…</source>
        <translation>Vorgang ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Finish the conversation with its outcome; the record stays</source>
        <translation>Das Gespräch mit seinem Ergebnis beenden; der Verlauf bleibt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Close &amp;politely…</source>
        <translation>&amp;Höflich beenden…</translation>
    </message>
    <message>
        <source>Decline or step back kindly: assess, draft, set a boundary, send and close</source>
        <translation>Freundlich absagen oder zurückziehen: einordnen, entwerfen, Grenze setzen, senden und abschließen</translation>
    </message>
    <message>
        <source>Close politely</source>
        <translation>Höflich beenden</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Remind me later: an hour, tomorrow, a time you type (S on Today)</source>
        <translation>Später erinnern: in einer Stunde, morgen, zu einer eingegebenen Zeit (S unter „Heute“)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Reope&amp;n loop</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Bring a closed or archived loop back</source>
        <translation>Einen abgeschlossenen oder archivierten Vorgang zurückholen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Archive loop</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>Put the loop away without an outcome; the record stays</source>
        <translation>Den Vorgang ohne Ergebnis weglegen; der Verlauf bleibt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete loop…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the loop and its record (asks first)</source>
        <translation>Den Vorgang und seinen Verlauf löschen (fragt vorher)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected contact</source>
        <translation>Den gewählten Kontakt ändern</translation>
    </message>
    <message>
        <source>&amp;Loops with this person…</source>
        <translation>&amp;Vorgänge mit dieser Person…</translation>
    </message>
    <message>
        <source>Every loop with the selected contact, open or closed</source>
        <translation>Alle Vorgänge mit dem gewählten Kontakt, offen oder abgeschlossen</translation>
    </message>
    <message>
        <source>Their loops</source>
        <translation>Ihre Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Merge two contacts…</source>
        <translation>Zwei Kontakte &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>The two selected contacts are one person: keep one, with all loops and addresses</source>
        <translation>Die zwei gewählten Kontakte sind eine Person: einen behalten, mit allen Vorgängen und Adressen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected contact (says what goes with them, and asks first)</source>
        <translation>Den gewählten Kontakt löschen (sagt, was mitgeht, und fragt vorher)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the list as you type</source>
        <translation>Die Liste beim Tippen filtern</translation>
    </message>
    <message>
        <source>&amp;Show closed loops</source>
        <translation>&amp;Geschlossene Vorgänge zeigen</translation>
    </message>
    <message>
        <source>List closed and archived loops too</source>
        <translation>Auch abgeschlossene und archivierte Vorgänge zeigen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show what is owed now</source>
        <translation>Zeigen, was jetzt fällig ist</translation>
    </message>
    <message>
        <source>&amp;Loops</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>Show the loops</source>
        <translation>Die Vorgänge zeigen</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Die Kontakte zeigen</translation>
    </message>
    <message>
        <source>I&apos;m &amp;away (pause reminders)…</source>
        <translation>Ich bin &amp;weg (Erinnerungen pausieren)…</translation>
    </message>
    <message>
        <source>Illness, bereavement, burnout: pause every reminder; nothing is lost</source>
        <translation>Krankheit, Trauerfall, Erschöpfung: alle Erinnerungen pausieren; nichts geht verloren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Ghostless</source>
        <translation>Ghostless beenden</translation>
    </message>
</context>
<context>
    <name>page_base</name>
    <message>
        <source>It feels awkward, or the answer is bad news. A short, kind message ends it.</source>
        <translation>Es ist unangenehm, oder die Antwort ist eine schlechte Nachricht. Eine kurze, freundliche Nachricht beendet es.</translation>
    </message>
    <message>
        <source>Too much at once. A two-line answer now beats a perfect one never.</source>
        <translation>Zu viel auf einmal. Zwei Zeilen jetzt sind besser als eine perfekte Antwort nie.</translation>
    </message>
    <message>
        <source>It isn&apos;t for you. Saying so is a kindness: they can move on.</source>
        <translation>Es ist nichts für Sie. Das zu sagen ist freundlich: Die andere Seite kann weitermachen.</translation>
    </message>
    <message>
        <source>The usual way: draft a short answer, set a boundary, send and close.</source>
        <translation>Der übliche Weg: kurze Antwort entwerfen, Grenze setzen, senden und abschließen.</translation>
    </message>
    <message>
        <source>Harassment, threats, inappropriate messages or manipulation. No reply is owed: block them.</source>
        <translation>Belästigung, Drohungen, unangemessene Nachrichten oder Manipulation. Eine Antwort ist nicht geschuldet: blockieren.</translation>
    </message>
    <message>
        <source>No job details, unpaid work, pressure, or writing after a clear no. No reply is owed: mute or block.</source>
        <translation>Keine Angaben zur Stelle, unbezahlte Arbeit, Druck, oder weitere Nachrichten nach einem klaren Nein. Eine Antwort ist nicht geschuldet: stummschalten oder blockieren.</translation>
    </message>
    <message>
        <source>Illness, bereavement or burnout. Away mode pauses every reminder.</source>
        <translation>Krankheit, Trauerfall oder Erschöpfung. Die Abwesenheit pausiert alle Erinnerungen.</translation>
    </message>
    <message>
        <source>Someone senior demanding time or favours as “mentorship”. A one-line acknowledgment is enough.</source>
        <translation>Jemand in höherer Position verlangt Zeit oder Gefälligkeiten als „Mentoring“. Eine Zeile zur Kenntnisnahme genügt.</translation>
    </message>
    <message>
        <source>A clear no. Nothing is left open, nothing to follow up.</source>
        <translation>Ein klares Nein. Nichts bleibt offen, nichts ist nachzuverfolgen.</translation>
    </message>
    <message>
        <source>Honest only if you mean it. Pick a day to check in and Ghostless reminds you then.</source>
        <translation>Nur ehrlich, wenn Sie es so meinen. Wählen Sie einen Tag zum Nachfragen; Ghostless erinnert Sie dann.</translation>
    </message>
    <message>
        <source>You are stepping away from this for now, without an answer on the matter itself.</source>
        <translation>Sie ziehen sich vorerst zurück, ohne in der Sache selbst zu antworten.</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard (LinkedIn, chat)</source>
        <translation>In die Zwischenablage &amp;kopieren (LinkedIn, Chat)</translation>
    </message>
    <message>
        <source>Open in my &amp;mail client</source>
        <translation>In meinem &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Send from &amp;Ghostless (SMTP)</source>
        <translation>Aus &amp;Ghostless senden (SMTP)</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nichts weiter</translation>
    </message>
    <message>
        <source>Mute them (no more reminders about them)</source>
        <translation>Stummschalten (keine Erinnerungen mehr zu der Person)</translation>
    </message>
    <message>
        <source>Block them</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Copy and close</source>
        <translation>Kopieren und abschließen</translation>
    </message>
    <message>
        <source>Open mail and close</source>
        <translation>Mail öffnen und abschließen</translation>
    </message>
    <message>
        <source>Send and close</source>
        <translation>Senden und abschließen</translation>
    </message>
</context>
</TS>
