<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AssessPage</name>
    <message>
        <source>Pause and assess</source>
        <translation>Innehalten und einordnen</translation>
    </message>
    <message>
        <source>Why haven't I answered?</source>
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
        <source>Why haven't I answered? (not needed here)</source>
        <translation>Warum habe ich nicht geantwortet? (hier nicht nötig)</translation>
    </message>
</context>
<context>
    <name>AwayPage</name>
    <message>
        <source>Look after yourself first</source>
        <translation>Zuerst auf sich selbst achten</translation>
    </message>
    <message>
        <source>Also send this person a short note that I'm stepping back</source>
        <translation>Dieser Person auch kurz schreiben, dass ich mich zurückziehe</translation>
    </message>
    <message>
        <source>I'm away because of</source>
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
        <source>Back-now message</source>
        <translation>Nachricht „Wieder da“</translation>
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
        <source>&lt;ul style='margin-left:-20px'&gt;&lt;li&gt;The loop closes as &lt;b&gt;blocked&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Every reminder about this person stops.&lt;/li&gt;&lt;li&gt;The record is kept, in case you need it later.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style='margin-left:-20px'&gt;&lt;li&gt;Der Vorgang wird als &lt;b&gt;blockiert&lt;/b&gt; abgeschlossen.&lt;/li&gt;&lt;li&gt;Alle Erinnerungen zu dieser Person enden.&lt;/li&gt;&lt;li&gt;Der Verlauf bleibt erhalten, falls Sie ihn später brauchen.&lt;/li&gt;&lt;/ul&gt;</translation>
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
        <source>Message with the boundary</source>
        <translation>Nachricht mit der Grenze</translation>
    </message>
    <message>
        <source>How does this message leave things? No false hope.</source>
        <translation>Wie verbleibt es nach dieser Nachricht? Keine falschen Hoffnungen.</translation>
    </message>
    <message>
        <source>The draft now starts from the suggested template.</source>
        <translation>Der Entwurf beginnt jetzt mit der vorgeschlagenen Vorlage.</translation>
    </message>
    <message>
        <source>The checker finds nothing to change for this boundary.</source>
        <translation>Die Prüfung findet für diese Grenze nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
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
        <source>Too long &amp;above</source>
        <translation>Zu lang &amp;ab</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close loop</source>
        <extracomment>A line under the picker, so each outcome is chosen for what it means.</extracomment>
        <translation>Vorgang abschließen</translation>
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
</context>
<context>
    <name>ContactLoopsDialog</name>
    <message>
        <source>Loops with this person</source>
        <translation>Vorgänge mit dieser Person</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>%s, blocked</source>
        <extracomment>The Contact dataclass behind a row.</extracomment>
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
    <name>DisengageWizard</name>
    <message>
        <source>Step {number} of {count}. </source>
        <extracomment>Kinds where ``$role`` means the job on offer, not the contact's own job title. For a loop linked to a mail thread: the headers that answer in that thread.</extracomment>
        <translation>Schritt {number} von {count}. </translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Fix</source>
        <extracomment>What each rule is called where the user switches it off.</extracomment>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix it for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für mich beheben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft checker&lt;/b&gt;: looks good</source>
        <translation>&lt;b&gt;Entwurfsprüfung&lt;/b&gt;: sieht gut aus</translation>
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
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelte</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
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
    <name>ImportDialog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Preview of the contacts</source>
        <translation>Vorschau der Kontakte</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <extracomment>The periods offered, as (label, months back; None: the whole record).</extracomment>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>LoopDetailPane</name>
    <message>
        <source>Select a loop to see whose turn it is and its record.</source>
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
        <source>I've decided to decline…</source>
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
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
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
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
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
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>Mail-Konten</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>Conversations from your mail</source>
        <extracomment>More sources for "Sync now", read with the local ones (tests, other readers). The one sync of the app: local sources and IMAP accounts, off this thread. This page started the running sync (its words are said already).</extracomment>
        <translation>Gespräche aus Ihren Mails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>Pause in typing after which the status line counts every match of the filter. How long typing must pause before the detail pane follows the selection.</extracomment>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Working hours, notifications, away mode and start at login</source>
        <translation>Arbeitszeiten, Benachrichtigungen, Abwesenheit und Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Filter loops</source>
        <extracomment>What the list shows: the filter's words and whether closed loops are included.</extracomment>
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
        <extracomment>The app's one mail sync, given by the app; without it the Mail tab makes its own.</extracomment>
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
        <source>I'm back</source>
        <extracomment>Stale windows are worked out on a thread while the window stays in use. Whether the window delivers reminders itself (to its bar); the app's shell passes its scheduler and delivers through the notification chain.</extracomment>
        <translation>Ich bin zurück</translation>
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
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>No reminders pending</source>
        <translation>Keine Erinnerungen anstehend</translation>
    </message>
</context>
<context>
    <name>MuteOrBlockPage</name>
    <message>
        <source>Mute or block: no reply is owed</source>
        <translation>Stummschalten oder blockieren: keine Antwort geschuldet</translation>
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
    <name>QuietPage</name>
    <message>
        <source>You don't owe them your time</source>
        <translation>Sie schulden dieser Person Ihre Zeit nicht</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
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
        <extracomment>The page's Alt+letters: the wizard's, "I sent it", "Leave them out", the choices.</extracomment>
        <translation>Ich habe sie ge&amp;sendet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%s: back to the default</source>
        <translation>%s: auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The system's zone</source>
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
        <source>I'm away: pause every reminder</source>
        <translation>Ich bin weg: alle Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Änderung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Changes to settle</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Later: %s</source>
        <extracomment>The Owed entry behind a row. Reads ``limit`` agenda lines from ``offset``, as they stand at the model's instant.</extracomment>
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
        <source>Change the loop's details</source>
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
        <source>I'm &amp;away (pause reminders)…</source>
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
        <source>It isn't for you. Saying so is a kindness: they can move on.</source>
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