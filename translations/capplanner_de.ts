<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Campaign</name>
    <message>
        <source>not planned: a wave before wave %1 has no safe removal time</source>
        <translation>nicht geplant: Eine Welle vor Welle %1 hat keinen sicheren Entfernungszeitpunkt</translation>
    </message>
</context>
<context>
    <name>CampaignCalendar</name>
    <message>
        <source>CAPs</source>
        <translation>CAPs</translation>
    </message>
    <message>
        <source>client connection accounts</source>
        <translation>Client-Verbindungskonten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Campaign %1, site %2, %3.
Retire: %4
Add: %5
</source>
        <translation>Kampagne %1, Standort %2, %3.
Ausmustern: %4
Hinzufügen: %5
</translation>
    </message>
    <message>
        <source>%1: add %2</source>
        <translation>%1: %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add the new %1 and leave the old ones in place: the clients must learn the new list before the old ones go (Q260824).</source>
        <translation>Fügen Sie die neuen %1 hinzu und lassen Sie die alten an Ort und Stelle: Die Clients müssen die neue Liste kennen, bevor die alten wegfallen (Q260824).</translation>
    </message>
    <message>
        <source>%1: check the new list reached every CAP</source>
        <translation>%1: prüfen, ob die neue Liste jeden CAP erreicht hat</translation>
    </message>
    <message>
        <source>Check that the new list has reached every CAP: Inbox Manager copies it within the propagation time P = %1 hours after the start (Q278856).</source>
        <translation>Prüfen Sie, ob die neue Liste jeden CAP erreicht hat: Der Inbox Manager kopiert sie innerhalb der Weitergabezeit P = %1 Stunden nach dem Beginn (Q278856).</translation>
    </message>
    <message>
        <source>%1: remove %2</source>
        <translation>%1: %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1. The safe removal time: every exposed client has refreshed its list by then, its longest disconnection and blackouts counted with the CCIM cycle and the retry (Q260824, Q231232, Q236052; %Ln client(s) still pending).</source>
        <translation>
            <numerusform>Entfernen Sie %1. Der sichere Entfernungszeitpunkt: Bis dahin hat jeder ungeschützte Client seine Liste aktualisiert, seine längste Trennung und Sperrzeiten mitgerechnet, zusammen mit dem CCIM-Zyklus und der Wiederholung (Q260824, Q231232, Q236052; %Ln Client noch ausstehend).</numerusform>
            <numerusform>Entfernen Sie %1. Der sichere Entfernungszeitpunkt: Bis dahin hat jeder ungeschützte Client seine Liste aktualisiert, seine längste Trennung und Sperrzeiten mitgerechnet, zusammen mit dem CCIM-Zyklus und der Wiederholung (Q260824, Q231232, Q236052; %Ln Clients noch ausstehend).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>No wave</source>
        <translation>Keine Welle</translation>
    </message>
    <message>
        <source>New list at every CAP</source>
        <translation>Neue Liste auf jedem CAP</translation>
    </message>
    <message>
        <source>Safe removal</source>
        <translation>Sicheres Entfernen</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Safe removal when saved</source>
        <translation>Sicheres Entfernen beim Speichern</translation>
    </message>
</context>
<context>
    <name>CampaignProposals</name>
    <message>
        <source>no site in domain "%1"</source>
        <translation>kein Standort in Domäne „%1“</translation>
    </message>
    <message>
        <source>unknown site "%1"</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
    <message>
        <source>Replace CAPs added before %1</source>
        <translation>Vor %1 hinzugefügte CAPs ersetzen</translation>
    </message>
    <message>
        <source>%1: no live CAP added before %2</source>
        <translation>%1: kein vor %2 hinzugefügter CAP in Betrieb</translation>
    </message>
    <message>
        <source>%1: no CAP added since %2</source>
        <translation>%1: kein CAP seit %2 hinzugefügt</translation>
    </message>
    <message>
        <source>the account name pattern needs {site}, e.g. SMSClient_{site}_2027</source>
        <translation>das Muster für Kontonamen benötigt {site}, z. B. SMSClient_{site}_2027</translation>
    </message>
    <message>
        <source>Rotate accounts to %1</source>
        <translation>Konten auf %1 rotieren</translation>
    </message>
    <message>
        <source>%1: no live account to retire</source>
        <translation>%1: kein Konto in Betrieb zum Ausmustern</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Inventory %1, made %2. Every figure is the site plan's own (TransitionPlanner).</source>
        <translation>Inventar %1, erstellt %2. Jede Zahl stammt aus dem Plan des jeweiligen Standorts (TransitionPlanner).</translation>
    </message>
    <message>
        <source>The campaign ends at %1: the latest safe removal of its sites.</source>
        <translation>Die Kampagne endet am %1: mit dem spätesten sicheren Entfernen ihrer Standorte.</translation>
    </message>
    <message>
        <source>The campaign has no end: a site has no safe removal time or was not planned.</source>
        <translation>Die Kampagne hat kein Ende: Ein Standort hat keinen sicheren Entfernungszeitpunkt oder wurde nicht geplant.</translation>
    </message>
    <message>
        <source>Flags over all sites: %1</source>
        <translation>Hinweise über alle Standorte: %1</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Offset (days)</source>
        <translation>Versatz (Tage)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Latest safe removal</source>
        <translation>Spätestes sicheres Entfernen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>retire %1; add %2</source>
        <translation>%1 ausmustern; %2 hinzufügen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Safe removal</source>
        <translation>Sicheres Entfernen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1: unknown report format; use .pdf, .html, .csv or .ics</source>
        <translation>%1: unbekanntes Berichtsformat; verwenden Sie .pdf, .html, .csv oder .ics</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CAP(s) short of licences</source>
        <translation>
            <numerusform>%Ln CAP mit zu wenigen Lizenzen</numerusform>
            <numerusform>%Ln CAPs mit zu wenigen Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade-blocked client(s)</source>
        <translation>
            <numerusform>%Ln Client mit blockiertem Upgrade</numerusform>
            <numerusform>%Ln Clients mit blockiertem Upgrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) a logon point stops serving</source>
        <translation>
            <numerusform>%Ln Standort, den ein Anmeldepunkt nicht mehr bedient</numerusform>
            <numerusform>%Ln Standorte, die ein Anmeldepunkt nicht mehr bedient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) without automatic recovery</source>
        <translation>
            <numerusform>%Ln Client ohne automatische Wiederherstellung</numerusform>
            <numerusform>%Ln Clients ohne automatische Wiederherstellung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) at risk at the proposed removal</source>
        <translation>
            <numerusform>%Ln Client beim vorgeschlagenen Entfernen gefährdet</numerusform>
            <numerusform>%Ln Clients beim vorgeschlagenen Entfernen gefährdet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>a campaign needs a name</source>
        <translation>eine Kampagne benötigt einen Namen</translation>
    </message>
    <message>
        <source>no saved campaign "%1"</source>
        <translation>keine gespeicherte Kampagne „%1“</translation>
    </message>
    <message>
        <source>no saved campaign %1</source>
        <translation>keine gespeicherte Kampagne %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>CampaignTimeline</name>
    <message>
        <source>Campaign timeline</source>
        <translation>Zeitleiste der Kampagne</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>No sites in this campaign yet.</source>
        <translation>Noch keine Standorte in dieser Kampagne.</translation>
    </message>
    <message>
        <source>%1 (wave %2)</source>
        <translation>%1 (Welle %2)</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>New list at every CAP: %1</source>
        <translation>Neue Liste auf jedem CAP: %1</translation>
    </message>
    <message>
        <source>Safe removal: %1</source>
        <translation>Sicheres Entfernen: %1</translation>
    </message>
    <message>
        <source>never safe</source>
        <translation>nie sicher</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole campaign</source>
        <translation>Die ganze Kampagne zeigen</translation>
    </message>
    <message>
        <source>Start of the selected site</source>
        <translation>Beginn des gewählten Standorts</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days after the previous wave's safe removal</source>
        <translation>Tage nach dem sicheren Entfernen der vorigen Welle</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Wave &amp;offset:</source>
        <translation>Wellen&amp;versatz:</translation>
    </message>
    <message>
        <source>Days after the previous wave's latest safe removal at which this wave starts</source>
        <translation>Tage nach dem spätesten sicheren Entfernen der vorigen Welle, bis diese Welle beginnt</translation>
    </message>
    <message>
        <source>Planning the campaign</source>
        <translation>Kampagne wird geplant</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML …</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender …</translation>
    </message>
    <message>
        <source>Export the campaign's events as an iCalendar file (.ics)</source>
        <translation>Die Termine der Kampagne als iCalendar-Datei (.ics) exportieren</translation>
    </message>
    <message>
        <source>Export the campaign report as %1</source>
        <translation>Den Kampagnenbericht als %1 exportieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep the campaign in the inventory: it is listed in the Plans pane</source>
        <translation>Die Kampagne im Inventar behalten: Sie erscheint im Bereich Pläne</translation>
    </message>
    <message>
        <source>Campaign sites</source>
        <translation>Standorte der Kampagne</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>New list at every CAP</source>
        <translation>Neue Liste auf jedem CAP</translation>
    </message>
    <message>
        <source>Safe removal</source>
        <translation>Sicheres Entfernen</translation>
    </message>
    <message>
        <source>Change since saved</source>
        <translation>Änderung seit dem Speichern</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Planning cancelled: the figures shown are from before the last change.</source>
        <translation>Planung abgebrochen: Die angezeigten Zahlen stammen von vor der letzten Änderung.</translation>
    </message>
    <message>
        <source>CAPs</source>
        <translation>CAPs</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>all removals safe by %1</source>
        <translation>alle Entfernungen sicher bis %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#c02020'&gt;no end: a site has no safe removal time&lt;/span&gt;</source>
        <translation>&lt;span style='color:#c02020'&gt;kein Ende: Ein Standort hat keinen sicheren Entfernungszeitpunkt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>as saved</source>
        <translation>wie gespeichert</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>⚠ never safe</source>
        <translation>⚠ nie sicher</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>The campaign is still being planned.</source>
        <translation>Die Kampagne wird noch geplant.</translation>
    </message>
    <message>
        <source>Saved as campaign %1 in the inventory.</source>
        <translation>Als Kampagne %1 im Inventar gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the campaign</source>
        <translation>Kampagne exportieren</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln site(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Standort</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) not planned</source>
        <translation>
            <numerusform>%Ln Standort nicht geplant</numerusform>
            <numerusform>%Ln Standorte nicht geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b06000'&gt;%Ln difference(s) from the saved figures&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#b06000'&gt;%Ln Abweichung von den gespeicherten Zahlen&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style='color:#b06000'&gt;%Ln Abweichungen von den gespeicherten Zahlen&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPane</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>No saved campaigns. Choose Plan &gt; New Campaign (Ctrl+Shift+T) to plan one transition across many sites; its view saves it here.</source>
        <translation>Keine gespeicherten Kampagnen. Wählen Sie Plan &gt; Neue Kampagne (Strg+Umschalt+T), um einen Wechsel über viele Standorte zu planen; ihre Ansicht speichert sie hier.</translation>
    </message>
    <message>
        <source>&amp;Open, recomputed</source>
        <translation>Ö&amp;ffnen, neu berechnet</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>before removing %1</source>
        <translation>vor dem Entfernen von %1</translation>
    </message>
    <message>
        <source>Nothing is added: this plan cannot be carried out safely.</source>
        <translation>Es wird nichts hinzugefügt: Dieser Plan kann nicht sicher ausgeführt werden.</translation>
    </message>
    <message>
        <source>Add %1 and leave the old ones in place.</source>
        <translation>%1 hinzufügen und die alten an Ort und Stelle lassen.</translation>
    </message>
    <message>
        <source>Site %1 (%2) gets no new clients at logon point %3: upgrade it to %4 or install its clients another way (Q262677).</source>
        <translation>Standort %1 (%2) erhält am Anmeldepunkt %3 keine neuen Clients: Aktualisieren Sie ihn auf %4 oder installieren Sie seine Clients auf anderem Weg (Q262677).</translation>
    </message>
    <message>
        <source>Check that the new list has reached every CAP (Inbox Manager, Q278856).</source>
        <translation>Prüfen, dass die neue Liste jeden CAP erreicht hat (Inbox Manager, Q278856).</translation>
    </message>
    <message>
        <source>Raise %1's licences from %2 to %3 %4 (Q208618).</source>
        <translation>Die Lizenzen von %1 von %2 auf %3 erhöhen, %4 (Q208618).</translation>
    </message>
    <message>
        <source>until the removal date</source>
        <translation>bis zum Entfernungszeitpunkt</translation>
    </message>
    <message>
        <source>until the safe date</source>
        <translation>bis zum sicheren Zeitpunkt</translation>
    </message>
    <message>
        <source>Watch the clients' Ccim32.log for completed refreshes; import the logs so the confirmed count grows.</source>
        <translation>Die Ccim32.log der Clients auf abgeschlossene Aktualisierungen beobachten; die Protokolle importieren, damit die Zahl der bestätigten wächst.</translation>
    </message>
    <message>
        <source>Remove %1.</source>
        <translation>%1 entfernen.</translation>
    </message>
    <message>
        <source>after removal</source>
        <translation>nach dem Entfernen</translation>
    </message>
    <message>
        <source>For clients still unconfirmed, use the recovery options below.</source>
        <translation>Für noch unbestätigte Clients die Wiederherstellungsmöglichkeiten unten nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>UNSAFE: no removal time is safe; removing %1 would orphan %Ln exposed client(s) (Q260824).</source>
        <translation>
            <numerusform>UNSICHER: Keine Entfernungszeit ist sicher; %1 zu entfernen würde %Ln ungeschützten Client verwaisen lassen (Q260824).</numerusform>
            <numerusform>UNSICHER: Keine Entfernungszeit ist sicher; %1 zu entfernen würde %Ln ungeschützte Clients verwaisen lassen (Q260824).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UNSAFE: the proposed removal is before the safe time %1; %Ln exposed client(s) could be orphaned (Q260824). Remove at %1 instead.</source>
        <translation>
            <numerusform>UNSICHER: Die vorgeschlagene Entfernung liegt vor der sicheren Zeit %1; %Ln ungeschützter Client könnte verwaisen (Q260824). Entfernen Sie stattdessen um %1.</numerusform>
            <numerusform>UNSICHER: Die vorgeschlagene Entfernung liegt vor der sicheren Zeit %1; %Ln ungeschützte Clients könnten verwaisen (Q260824). Entfernen Sie stattdessen um %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade the %Ln upgrade-blocked client(s) (%1) from a CAP %2: Boot32wn at the logon point will not upgrade them, and if orphaned no logon can rescue them (Q262677, Q236052).</source>
        <translation>
            <numerusform>Den %Ln Client mit blockiertem Upgrade (%1) %2 über einen CAP aktualisieren: Boot32wn am Anmeldepunkt aktualisiert ihn nicht, und verwaist kann ihn keine Anmeldung retten (Q262677, Q236052).</numerusform>
            <numerusform>Die %Ln Clients mit blockiertem Upgrade (%1) %2 über einen CAP aktualisieren: Boot32wn am Anmeldepunkt aktualisiert sie nicht, und verwaist kann sie keine Anmeldung retten (Q262677, Q236052).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm that the %Ln client(s) without automatic recovery (%1) have refreshed %2: if orphaned they cannot come back by themselves.</source>
        <translation>
            <numerusform>Bestätigen, dass sich der %Ln Client ohne automatische Wiederherstellung (%1) %2 aktualisiert hat: Verwaist kann er nicht von selbst zurückkommen.</numerusform>
            <numerusform>Bestätigen, dass sich die %Ln Clients ohne automatische Wiederherstellung (%1) %2 aktualisiert haben: Verwaist können sie nicht von selbst zurückkommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDiagnosis</name>
    <message>
        <source>Access denied on the CAP: the connection account's password is wrong or was changed (Q227033).</source>
        <translation>Zugriff auf dem CAP verweigert: Das Kennwort des Verbindungskontos ist falsch oder wurde geändert (Q227033).</translation>
    </message>
    <message>
        <source>The connection account is locked out (Q227033).</source>
        <translation>Das Verbindungskonto ist gesperrt (Q227033).</translation>
    </message>
    <message>
        <source>No more connections: a per-server CAP's licences are used up (Q208618).</source>
        <translation>Keine weiteren Verbindungen: Die Lizenzen eines CAP im Modus „pro Server“ sind aufgebraucht (Q208618).</translation>
    </message>
    <message>
        <source>The CAP list is not accessible: CAP unreachable or site gone (Q236052).</source>
        <translation>Die CAP-Liste ist nicht erreichbar: CAP nicht erreichbar oder Standort entfernt (Q236052).</translation>
    </message>
    <message>
        <source>Retrying every hour: it reaches no CAP, and uninstalls itself after 60 days (Q236052, Q227033).</source>
        <translation>Stündliche Wiederholung: Der Client erreicht keinen CAP und deinstalliert sich nach 60 Tagen selbst (Q236052, Q227033).</translation>
    </message>
    <message>
        <source>Refreshed its site configuration from a CAP.</source>
        <translation>Hat seine Standortkonfiguration von einem CAP aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ClientStatusRules</name>
    <message>
        <source>cannot read the client status rules: %1</source>
        <translation>die Statusregeln der Clients können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>No refresh for more than 60 days: the client has uninstalled itself (Q227033).</source>
        <translation>Seit mehr als 60 Tagen keine Aktualisierung: Der Client hat sich selbst deinstalliert (Q227033).</translation>
    </message>
    <message>
        <source>Significantly older than the Clicore of a logon point of its site: Boot32wn will not upgrade it, and logon recovery cannot rescue it (Q262677, Q236052).</source>
        <translation>Wesentlich älter als der Clicore eines Anmeldepunkts seines Standorts: Boot32wn aktualisiert ihn nicht, und die Wiederherstellung bei der Anmeldung kann ihn nicht retten (Q262677, Q236052).</translation>
    </message>
    <message>
        <source>If orphaned it cannot recover by itself: no Logon Client Installation at its site, or push-installed (Q260824, Q236052).</source>
        <translation>Verwaist kann er sich nicht selbst wiederherstellen: keine Clientinstallation bei der Anmeldung an seinem Standort, oder per Push installiert (Q260824, Q236052).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>upgrade-blocked</source>
        <translation>Upgrade blockiert</translation>
    </message>
    <message>
        <source>no automatic recovery</source>
        <translation>keine automatische Wiederherstellung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Install method</source>
        <translation>Installationsart</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending and knows no CAP or account that stays: it holds the safe removal time back (Q260824).</source>
        <translation>Ausstehend und kennt keinen bleibenden CAP und kein bleibendes Konto: hält den sicheren Entfernungszeitpunkt auf (Q260824).</translation>
    </message>
    <message>
        <source>Pending, but it already knows a CAP or account that stays: never orphaned by this plan (Q260824).</source>
        <translation>Ausstehend, kennt aber schon einen bleibenden CAP oder ein bleibendes Konto: verwaist durch diesen Plan nie (Q260824).</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>ungeschützt</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>unaffected</source>
        <translation>nicht betroffen</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine aufgeführt</translation>
    </message>
    <message>
        <source>Its registry export %1 (imported %2) holds no CAP list: what it knows follows from its last refresh.</source>
        <translation>Sein Registrierungsexport %1 (importiert %2) enthält keine CAP-Liste: Was er kennt, folgt aus seiner letzten Aktualisierung.</translation>
    </message>
    <message>
        <source>The CAP list in its registry export %1 (imported %2) names no CAP of the inventory.</source>
        <translation>Die CAP-Liste in seinem Registrierungsexport %1 (importiert %2) nennt keinen CAP des Inventars.</translation>
    </message>
    <message>
        <source>%1: from %2, imported %3 (Q235873)</source>
        <translation>%1: aus %2, importiert %3 (Q235873)</translation>
    </message>
    <message>
        <source>Its export lacks Site Config Last Checked: it never removes itself (Q265358).</source>
        <translation>Seinem Export fehlt Site Config Last Checked: Er entfernt sich nie selbst (Q265358).</translation>
    </message>
    <message>
        <source>CAPs held (registry)</source>
        <translation>Bekannte CAPs (Registrierung)</translation>
    </message>
</context>
<context>
    <name>ClientVersion</name>
    <message>
        <source>version "%1" must have four numbers, major.minor.build.revision</source>
        <translation>Version „%1“ muss aus vier Zahlen bestehen: Haupt.Neben.Build.Revision</translation>
    </message>
    <message>
        <source>version "%1": part %2 must have 1 to %3 digits</source>
        <translation>Version „%1“: Teil %2 muss 1 bis %3 Ziffern haben</translation>
    </message>
    <message>
        <source>version "%1": part %2 is not a number</source>
        <translation>Version „%1“: Teil %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>version "%1": part %2 is larger than %3</source>
        <translation>Version „%1“: Teil %2 ist größer als %3</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <source>Operating system filter</source>
        <translation>Filter Betriebssystem</translation>
    </message>
    <message>
        <source>Install method filter</source>
        <translation>Filter Installationsart</translation>
    </message>
    <message>
        <source>Version filter</source>
        <translation>Filter Version</translation>
    </message>
    <message>
        <source>Profile filter</source>
        <translation>Filter Profil</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter Status</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Name enthält …</translation>
    </message>
    <message>
        <source>Client name filter</source>
        <translation>Filter Clientname</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Any OS</source>
        <translation>Jedes Betriebssystem</translation>
    </message>
    <message>
        <source>Any install method</source>
        <translation>Jede Installationsart</translation>
    </message>
    <message>
        <source>Any version</source>
        <translation>Jede Version</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Jedes Profil</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>upgrade-blocked</source>
        <translation>Upgrade blockiert</translation>
    </message>
    <message>
        <source>no automatic recovery</source>
        <translation>keine automatische Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>open the console (the default)</source>
        <translation>die Konsole öffnen (Standard)</translation>
    </message>
    <message>
        <source>create a demo inventory</source>
        <translation>ein Demo-Inventar anlegen</translation>
    </message>
    <message>
        <source>import one CSV table</source>
        <translation>eine CSV-Tabelle importieren</translation>
    </message>
    <message>
        <source>export one table as CSV</source>
        <translation>eine Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>plan a CAP or account transition</source>
        <translation>einen CAP- oder Kontenwechsel planen</translation>
    </message>
    <message>
        <source>what if an account's password changes</source>
        <translation>was geschieht, wenn sich das Kennwort eines Kontos ändert</translation>
    </message>
    <message>
        <source>write a plan's or a what-if's report (PDF, HTML, CSV)</source>
        <translation>den Bericht eines Plans oder einer Was-wäre-wenn-Analyse schreiben (PDF, HTML, CSV)</translation>
    </message>
    <message>
        <source>parse client logs, or import what they prove</source>
        <translation>Client-Protokolle lesen oder importieren, was sie belegen</translation>
    </message>
    <message>
        <source>compare two SMS versions as Boot32wn does</source>
        <translation>zwei SMS-Versionen vergleichen wie Boot32wn</translation>
    </message>
    <message>
        <source>Usage: capplanner [COMMAND] [OPTIONS]

Commands:
</source>
        <translation>Aufruf: capplanner [BEFEHL] [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <source>
'capplanner COMMAND --help' describes a command's options.
</source>
        <translation>
„capplanner BEFEHL --help“ beschreibt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>capplanner: expected %n argument(s); see --help</source>
        <translation>
            <numerusform>capplanner: %n Argument erwartet; siehe --help</numerusform>
            <numerusform>capplanner: %n Argumente erwartet; siehe --help</numerusform>
        </translation>
    </message>
    <message>
        <source>The table: %1.</source>
        <translation>Die Tabelle: %1.</translation>
    </message>
    <message>
        <source>capplanner: unknown table "%1"; the tables are %2</source>
        <translation>capplanner: unbekannte Tabelle „%1“; die Tabellen sind %2</translation>
    </message>
    <message>
        <source>Creates a realistic demo inventory; the same seed gives the same one.</source>
        <translation>Legt ein realistisches Demo-Inventar an; derselbe Startwert ergibt dasselbe.</translation>
    </message>
    <message>
        <source>How many clients (default 5000).</source>
        <translation>Wie viele Clients (Standard 5000).</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Der Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <source>capplanner: --clients takes a whole number from 0 to 50000000, --seed a whole number</source>
        <translation>capplanner: --clients erwartet eine ganze Zahl von 0 bis 50000000, --seed eine ganze Zahl</translation>
    </message>
    <message>
        <source>Imports one CSV file into one table, all or nothing.</source>
        <translation>Importiert eine CSV-Datei in eine Tabelle, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The CSV file, header row first.</source>
        <translation>Die CSV-Datei, Kopfzeile zuerst.</translation>
    </message>
    <message>
        <source>Nothing was imported; the inventory is unchanged.</source>
        <translation>Nichts wurde importiert; das Inventar ist unverändert.</translation>
    </message>
    <message>
        <source>Exports one table as CSV.</source>
        <translation>Exportiert eine Tabelle als CSV.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Prints the entries of an SMS 2.0 or Configuration Manager log: time, component, thread, severity, code and text.</source>
        <translation>Gibt die Einträge eines Protokolls von SMS 2.0 oder Configuration Manager aus: Zeit, Komponente, Thread, Schweregrad, Code und Text.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Die Protokolldatei.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) could not be read</source>
        <translation>
            <numerusform>%1: %n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>%1: %n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Records what clients' logs prove and moves a client's last refresh forward where a log shows a later successful one. PATH is a folder of per-client folders named after the clients, or, with --client, log files or a folder of one client.</source>
        <translation>Hält fest, was die Protokolle der Clients belegen, und rückt die letzte Aktualisierung eines Clients vor, wenn ein Protokoll eine spätere erfolgreiche zeigt. PFAD ist ein Ordner mit Ordnern je Client, nach den Clients benannt, oder mit --client Protokolldateien oder der Ordner eines Clients.</translation>
    </message>
    <message>
        <source>The client the logs belong to.</source>
        <translation>Der Client, zu dem die Protokolle gehören.</translation>
    </message>
    <message>
        <source>Log files or folders.</source>
        <translation>Protokolldateien oder Ordner.</translation>
    </message>
    <message>
        <source>capplanner: logs import needs at least one PATH</source>
        <translation>capplanner: logs import braucht mindestens einen PFAD</translation>
    </message>
    <message>
        <source>capplanner: --%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation>capplanner: --%1 erwartet eine Zeit nach ISO 8601 wie 2026-12-01T08:00:00Z</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 transition at site %2, starting %3
</source>
        <translation>%1-Wechsel an Standort %2, Beginn %3
</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>  retire: %1
  add:    %2
</source>
        <translation>  ausmustern: %1
  hinzufügen: %2
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Safe removal: %1
</source>
        <translation>Sicheres Entfernen: %1
</translation>
    </message>
    <message>
        <source>Safe removal: NONE - this plan orphans every pending client
</source>
        <translation>Sicheres Entfernen: KEINES – dieser Plan verwaist jeden ausstehenden Client
</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>    ... and %1 more
</source>
        <translation>    ... und %1 weitere
</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>Upgrade-blocked pending clients: %1
</source>
        <translation>Ausstehende Clients mit blockiertem Upgrade: %1
</translation>
    </message>
    <message>
        <source>  site %1 (%2) gets no new clients at %3, whose newest site is at %4
</source>
        <translation>  Standort %1 (%2) erhält keine neuen Clients an %3, dessen neuester Standort %4 hat
</translation>
    </message>
    <message>
        <source>Pending clients without automatic recovery: %1
</source>
        <translation>Ausstehende Clients ohne automatische Wiederherstellung: %1
</translation>
    </message>
    <message>
        <source>Warning (%1): %2
</source>
        <translation>Warnung (%1): %2
</translation>
    </message>
    <message>
        <source>Plans the replacement of CAPs or client connection accounts at a site (Q260824) and computes when the old ones can be removed safely.</source>
        <translation>Plant den Ersatz von CAPs oder Client-Verbindungskonten an einem Standort (Q260824) und berechnet, wann die alten sicher entfernt werden können.</translation>
    </message>
    <message>
        <source>Save the plan and print its id.</source>
        <translation>Den Plan speichern und seine Nummer ausgeben.</translation>
    </message>
    <message>
        <source>Saved as plan %1
</source>
        <translation>Als Plan %1 gespeichert
</translation>
    </message>
    <message>
        <source>Saved as plan %1</source>
        <translation>Als Plan %1 gespeichert</translation>
    </message>
    <message>
        <source>What if the password of a client connection account changes in place (Q227033, Q237759)? Nothing is changed and no password is asked for.</source>
        <translation>Was geschieht, wenn sich das Kennwort eines Client-Verbindungskontos an Ort und Stelle ändert (Q227033, Q237759)? Es wird nichts geändert und kein Kennwort abgefragt.</translation>
    </message>
    <message>
        <source>The site code.</source>
        <translation>Der Standortcode.</translation>
    </message>
    <message>
        <source>Password change of %1 at site %2 at %3
</source>
        <translation>Kennwortänderung von %1 an Standort %2 um %3
</translation>
    </message>
    <message>
        <source>  orphaned %1, fallback %2, unaffected %3, stale %4
</source>
        <translation>  verwaist %1, ausweichend %2, nicht betroffen %3, veraltet %4
</translation>
    </message>
    <message>
        <source>  all fallback clients updated by: %1
</source>
        <translation>  alle ausweichenden Clients aktualisiert bis: %1
</translation>
    </message>
    <message>
        <source>  lockout (threshold %1): from %2 until %3
</source>
        <translation>  Sperrung (Schwelle %1): von %2 bis %3
</translation>
    </message>
    <message>
        <source>  lockout: disabled in the site's domain
</source>
        <translation>  Sperrung: in der Domäne des Standorts deaktiviert
</translation>
    </message>
    <message>
        <source>  orphaned clients uninstall themselves by: %1
</source>
        <translation>  verwaiste Clients deinstallieren sich selbst bis: %1
</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Compares version A with version B as Boot32wn does (Q262677): same, hotfix-newer, hotfix-older, significant-newer or significant-older.</source>
        <translation>Vergleicht Version A mit Version B wie Boot32wn (Q262677): same, hotfix-newer, hotfix-older, significant-newer oder significant-older.</translation>
    </message>
    <message>
        <source>A version such as 2.00.1493.2000.</source>
        <translation>Eine Version wie 2.00.1493.2000.</translation>
    </message>
    <message>
        <source>The version to compare with.</source>
        <translation>Die Version, mit der verglichen wird.</translation>
    </message>
    <message>
        <source>Writes the report of a transition plan (--plan ID, or the options of plan) or of a password what-if (--whatif-password with --site, --account and --at). The format follows --out: .pdf, .html or .csv (one row per client of the plan's site).</source>
        <translation>Schreibt den Bericht eines Wechselplans (--plan NUMMER oder die Optionen von plan) oder einer Kennwort-Was-wäre-wenn-Analyse (--whatif-password mit --site, --account und --at). Das Format folgt --out: .pdf, .html oder .csv (eine Zeile je Client des Standorts des Plans).</translation>
    </message>
    <message>
        <source>The report file: .pdf, .html or .csv.</source>
        <translation>Die Berichtsdatei: .pdf, .html oder .csv.</translation>
    </message>
    <message>
        <source>A saved plan's id (see plan --save).</source>
        <translation>Die Nummer eines gespeicherten Plans (siehe plan --save).</translation>
    </message>
    <message>
        <source>Report a password what-if.</source>
        <translation>Eine Kennwort-Was-wäre-wenn-Analyse berichten.</translation>
    </message>
    <message>
        <source>capplanner: --out FILE must end in .pdf, .html or .csv</source>
        <translation>capplanner: --out DATEI muss auf .pdf, .html oder .csv enden</translation>
    </message>
    <message>
        <source>capplanner: a what-if report is written as .pdf or .html</source>
        <translation>capplanner: ein Was-wäre-wenn-Bericht wird als .pdf oder .html geschrieben</translation>
    </message>
    <message>
        <source>capplanner: report needs either --plan ID or the options of plan (--site, --kind, --retire, --start), or --whatif-password</source>
        <translation>capplanner: report braucht entweder --plan NUMMER oder die Optionen von plan (--site, --kind, --retire, --start) oder --whatif-password</translation>
    </message>
    <message>
        <source>capplanner: --plan takes a saved plan's id</source>
        <translation>capplanner: --plan erwartet die Nummer eines gespeicherten Plans</translation>
    </message>
    <message>
        <source>Propagation to the CAPs, P (default 1, Q278856).</source>
        <translation>Weitergabe an die CAPs, P (Standard 1, Q278856).</translation>
    </message>
    <message>
        <source>The CCIM maintenance cycle, C (default 23, Q231232).</source>
        <translation>Der CCIM-Wartungszyklus, C (Standard 23, Q231232).</translation>
    </message>
    <message>
        <source>Retry when no CAP is reachable, R (default 60, Q236052).</source>
        <translation>Wiederholung, wenn kein CAP erreichbar ist, R (Standard 60, Q236052).</translation>
    </message>
    <message>
        <source>A safety margin added to the safe time (default 0).</source>
        <translation>Ein Sicherheitszuschlag auf die sichere Zeit (Standard 0).</translation>
    </message>
    <message>
        <source>capplanner: --%1 takes a number of 0 or more</source>
        <translation>capplanner: --%1 erwartet eine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>cap or account.</source>
        <translation>cap oder account.</translation>
    </message>
    <message>
        <source>The CAPs or accounts to retire, comma-separated.</source>
        <translation>Die auszumusternden CAPs oder Konten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The new CAPs or accounts, comma-separated.</source>
        <translation>Die neuen CAPs oder Konten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>When the new ones are live (ISO 8601).</source>
        <translation>Wann die neuen in Betrieb sind (ISO 8601).</translation>
    </message>
    <message>
        <source>A proposed removal time, to list who is at risk.</source>
        <translation>Eine vorgeschlagene Entfernungszeit, um die Gefährdeten aufzulisten.</translation>
    </message>
    <message>
        <source>Share of the site's clients connecting at once (default 0.05).</source>
        <translation>Anteil der Clients des Standorts, die sich gleichzeitig verbinden (Standard 0.05).</translation>
    </message>
    <message>
        <source>Connections one installing client holds (default 3, Q208618).</source>
        <translation>Verbindungen, die ein installierender Client hält (Standard 3, Q208618).</translation>
    </message>
    <message>
        <source>capplanner: %1 needs --site CODE, --kind cap|account, --retire NAMES and --start TIME</source>
        <translation>capplanner: %1 braucht --site CODE, --kind cap|account, --retire NAMEN und --start ZEIT</translation>
    </message>
    <message>
        <source>capplanner: --peak-fraction takes a number from 0 to 1, --connections-per-client a whole number of 0 or more</source>
        <translation>capplanner: --peak-fraction erwartet eine Zahl von 0 bis 1, --connections-per-client eine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>The account whose password changes.</source>
        <translation>Das Konto, dessen Kennwort sich ändert.</translation>
    </message>
    <message>
        <source>When the password changes (ISO 8601).</source>
        <translation>Wann sich das Kennwort ändert (ISO 8601).</translation>
    </message>
    <message>
        <source>capplanner: %1 needs --site CODE, --account NAME and --at TIME</source>
        <translation>capplanner: %1 braucht --site CODE, --account NAME und --at ZEIT</translation>
    </message>
    <message>
        <source>Print the share of the file read so far, as "progress: 40%" lines.</source>
        <translation>Den bisher gelesenen Anteil der Datei als Zeilen „progress: 40%“ ausgeben.</translation>
    </message>
    <message>
        <source>copy a whole inventory between files and servers</source>
        <translation>ein ganzes Inventar zwischen Dateien und Servern kopieren</translation>
    </message>
    <message>
        <source>The inventory: a file, or a server's postgresql://user@host:port/database (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Das Inventar: eine Datei oder postgresql://benutzer@host:port/datenbank eines Servers (das Kennwort aus ~/.pgpass oder PGPASSWORD).</translation>
    </message>
    <message>
        <source>capplanner: --db FILE_OR_URL is required</source>
        <translation>capplanner: --db DATEI_ODER_URL ist erforderlich</translation>
    </message>
    <message>
        <source>Copies a whole inventory into a new, empty one: between files, from a file to a PostgreSQL server, or back. The copy exports the same CSV as the original.</source>
        <translation>Kopiert ein ganzes Inventar in ein neues, leeres: zwischen Dateien, von einer Datei auf einen PostgreSQL-Server oder zurück. Die Kopie exportiert dieselben CSV-Dateien wie das Original.</translation>
    </message>
    <message>
        <source>The inventory to copy: a file or postgresql://user@host:port/database.</source>
        <translation>Das zu kopierende Inventar: eine Datei oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The new inventory: a file or postgresql://user@host:port/database (an empty database).</source>
        <translation>Das neue Inventar: eine Datei oder postgresql://benutzer@host:port/datenbank (eine leere Datenbank).</translation>
    </message>
    <message>
        <source>capplanner copy: give both --from and --to</source>
        <translation>capplanner copy: --from und --to angeben</translation>
    </message>
    <message>
        <source>copying %1…</source>
        <translation>kopiere %1 …</translation>
    </message>
    <message>
        <source>Nothing was copied; %1 is unchanged.</source>
        <translation>Nichts wurde kopiert; %1 ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Created a demo inventory with %n client(s) in %1 s: %2</source>
        <translation>
            <numerusform>Demo-Inventar mit %n Client in %1 s angelegt: %2</numerusform>
            <numerusform>Demo-Inventar mit %n Clients in %1 s angelegt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 importiert.</numerusform>
            <numerusform>%n Zeilen in %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 in %3 s.</source>
        <translation>
            <numerusform>%n Zeile in %3 s von %1 nach %2 kopiert.</numerusform>
            <numerusform>%n Zeilen in %3 s von %1 nach %2 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3), %4</source>
        <comment>logs import: clients, entries (unreadable lines), refreshes moved</comment>
        <translation>%1, %2 (%3), %4</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s)</source>
        <translation>
            <numerusform>%n unlesbare Zeile</numerusform>
            <numerusform>%n unlesbare Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n last refresh(es) moved forward</source>
        <translation>
            <numerusform>%n letzte Aktualisierung vorgerückt</numerusform>
            <numerusform>%n letzte Aktualisierungen vorgerückt</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist:
</source>
        <translation>Checkliste:
</translation>
    </message>
    <message>
        <source>The longest disconnection of a profile for this plan only, e.g. laptop=120 (repeatable).</source>
        <translation>Die längste Trennung eines Profils nur für diesen Plan, z. B. laptop=120 (wiederholbar).</translation>
    </message>
    <message>
        <source>A blackout of a profile for this plan only, e.g. laptop=2026-12-24T00:00:00Z/2027-01-02T00:00:00Z (repeatable; replaces that profile's blackouts in the inventory).</source>
        <translation>Eine Sperrzeit eines Profils nur für diesen Plan, z. B. laptop=2026-12-24T00:00:00Z/2027-01-02T00:00:00Z (wiederholbar; ersetzt die Sperrzeiten dieses Profils aus dem Inventar).</translation>
    </message>
    <message>
        <source>capplanner: --offline takes PROFILE=HOURS with a number of 0 or more, not "%1"</source>
        <translation>capplanner: --offline erwartet PROFIL=STUNDEN mit einer Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>capplanner: --blackout takes PROFILE=START/END with two ISO 8601 times, the end after the start, not "%1"</source>
        <translation>capplanner: --blackout erwartet PROFIL=BEGINN/ENDE mit zwei ISO-8601-Zeiten, das Ende nach dem Beginn, nicht „%1“</translation>
    </message>
    <message>
        <source>a CAP</source>
        <translation>einen CAP</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>Clients: %1 must learn the change (%2 pending, %3 confirmed); left out: %4 stale, %5 unaffected
</source>
        <translation>Clients: %1 müssen den Wechsel erfahren (%2 ausstehend, %3 bestätigt); nicht gezählt: %4 veraltet, %5 nicht betroffen
</translation>
    </message>
    <message>
        <source>Pending: %1 exposed, %2 covered
</source>
        <translation>Ausstehend: %1 ungeschützt, %2 abgedeckt
</translation>
    </message>
    <message>
        <source>  %1: %2 pending (%3 exposed), updated by %4
</source>
        <translation>  %1: %2 ausstehend (%3 ungeschützt), aktualisiert bis %4
</translation>
    </message>
    <message>
        <source>The time zone of entries that name none (a client's logs: its site's zone), as an IANA name such as Europe/Berlin; UTC by default. Times are printed in UTC.</source>
        <translation>Die Zeitzone der Einträge, die keine nennen (die Protokolle eines Clients: die Zone seines Standorts), als IANA-Name wie Europe/Berlin; standardmäßig UTC. Zeiten werden in UTC ausgegeben.</translation>
    </message>
    <message>
        <source>capplanner: --zone: unknown time zone "%1"; give an IANA name such as Europe/Berlin</source>
        <translation>capplanner: --zone: unbekannte Zeitzone „%1“; geben Sie einen IANA-Namen wie Europe/Berlin an</translation>
    </message>
    <message>
        <source>capplanner: logs parse FILE [--zone IANA] [--json] | logs import --db FILE [--client NAME] PATH...</source>
        <translation>capplanner: logs parse DATEI [--zone IANA] [--json] | logs import --db DATEI [--client NAME] PFAD...</translation>
    </message>
    <message>
        <source>, locked out from %1 until %2</source>
        <translation>, gesperrt von %1 bis %2</translation>
    </message>
    <message>
        <source> (changed earlier: may be locking out already)</source>
        <translation> (früher geändert: sperrt womöglich schon)</translation>
    </message>
    <message>
        <source>Rotation: none needed; the domain's passwords never expire (maximum password age 0)
</source>
        <translation>Rotation: keine nötig; die Kennwörter der Domäne laufen nie ab (höchstes Kennwortalter 0)
</translation>
    </message>
    <message>
        <source>capplanner: %1: cannot read: %2</source>
        <translation>capplanner: %1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a CSV file</source>
        <translation>%1:%2: keine CSV-Datei</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: empty; it needs a header row: site, kind, retire, add, start</source>
        <translation>%1: leer; die Datei benötigt eine Kopfzeile: site, kind, retire, add, start</translation>
    </message>
    <message>
        <source>unknown column "%1"</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>die Spalte kommt zweimal vor</translation>
    </message>
    <message>
        <source>missing from the header row</source>
        <translation>fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>%1: no sites: the file has only its header row</source>
        <translation>%1: keine Standorte: Die Datei hat nur ihre Kopfzeile</translation>
    </message>
    <message>
        <source>takes a whole number of 0 or more, not "%1"</source>
        <translation>erwartet eine ganze Zahl von 0 oder mehr, nicht „%1“</translation>
    </message>
    <message>
        <source>takes a whole number of days from 0 to 3650, not "%1"</source>
        <translation>erwartet eine ganze Zahl von Tagen von 0 bis 3650, nicht „%1“</translation>
    </message>
    <message>
        <source>wave %1 already starts %2 days after the wave before (line %3)</source>
        <translation>Welle %1 beginnt bereits %2 Tage nach der vorigen Welle (Zeile %3)</translation>
    </message>
    <message>
        <source>Plans one transition across many sites (a campaign): each row of --plan is a site's plan, checked and planned exactly as plan does it. CAMPAIGN.csv has the columns site, kind, retire, add, start (names separated by ;), optionally wave and offset_days (a wave starts offset_days after the previous wave's latest safe removal), and any other option of plan as a column (removal, margin_hours, offline, ...).</source>
        <translation>Plant einen Wechsel über viele Standorte (eine Kampagne): Jede Zeile von --plan ist der Plan eines Standorts, geprüft und geplant genau wie mit plan. CAMPAIGN.csv hat die Spalten site, kind, retire, add, start (Namen durch ; getrennt), optional wave und offset_days (eine Welle beginnt offset_days nach dem spätesten sicheren Entfernen der vorigen Welle) sowie jede andere Option von plan als Spalte (removal, margin_hours, offline, ...).</translation>
    </message>
    <message>
        <source>The campaign: a CSV file with one row per site.</source>
        <translation>Die Kampagne: eine CSV-Datei mit einer Zeile pro Standort.</translation>
    </message>
    <message>
        <source>Save the campaign under NAME (replacing one of that name).</source>
        <translation>Die Kampagne unter NAME speichern (eine gleichnamige wird ersetzt).</translation>
    </message>
    <message>
        <source>Write the campaign report (.pdf, .html, .csv) or its calendar (.ics).</source>
        <translation>Den Kampagnenbericht (.pdf, .html, .csv) oder den Kalender der Kampagne (.ics) schreiben.</translation>
    </message>
    <message>
        <source>capplanner: campaign needs --plan CAMPAIGN.csv</source>
        <translation>capplanner: campaign benötigt --plan CAMPAIGN.csv</translation>
    </message>
    <message>
        <source>capplanner: --out FILE must end in .pdf, .html, .csv or .ics</source>
        <translation>capplanner: --out FILE muss auf .pdf, .html, .csv oder .ics enden</translation>
    </message>
    <message>
        <source>Saved as campaign %1 ("%2")
</source>
        <translation>Als Kampagne %1 gespeichert („%2“)
</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1: %n site(s), ends %2
</source>
        <translation>
            <numerusform>Kampagne %1: %n Standort, endet %2
</numerusform>
            <numerusform>Kampagne %1: %n Standorte, endet %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>plan one transition across many sites, in waves</source>
        <translation>einen Wechsel über viele Standorte planen, in Wellen</translation>
    </message>
    <message>
        <source>import the clients of a site database export</source>
        <translation>die Clients eines Exports der Standortdatenbank importieren</translation>
    </message>
    <message>
        <source>import what clients' registry exports prove</source>
        <translation>importieren, was die Registrierungsexporte von Clients nachweisen</translation>
    </message>
    <message>
        <source>--verbose, with any command, also shows Qt's own warnings.
</source>
        <translation>--verbose zeigt bei jedem Befehl auch die eigenen Warnungen von Qt.
</translation>
    </message>
    <message>
        <source>Records what clients' registry exports (regedit /e, REGEDIT4 or version 5) prove: the CAPs each client holds, and its last refresh from Site Config Last Checked, which moves a client's last refresh forward only. PATH is a .reg file or a folder searched for them. All or nothing.</source>
        <translation>Erfasst, was die Registrierungsexporte von Clients (regedit /e, REGEDIT4 oder Version 5) nachweisen: die CAPs, die jeder Client gespeichert hat, und seine letzte Aktualisierung aus Site Config Last Checked, die die letzte Aktualisierung eines Clients nur nach vorn verschiebt. PATH ist eine .reg-Datei oder ein Ordner, in dem nach ihnen gesucht wird. Alles oder nichts.</translation>
    </message>
    <message>
        <source>Check and count, change nothing.</source>
        <translation>Prüfen und zählen, nichts ändern.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Die Zahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>.reg files or folders.</source>
        <translation>.reg-Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>capplanner: evidence import needs at least one PATH</source>
        <translation>capplanner: evidence import benötigt mindestens einen PATH</translation>
    </message>
    <message>
        <source>%1: not a CAP of the inventory, not recorded</source>
        <translation>%1: kein CAP des Inventars, nicht erfasst</translation>
    </message>
    <message>
        <source>%1: not a client of the inventory, skipped</source>
        <translation>%1: kein Client des Inventars, übersprungen</translation>
    </message>
    <message>
        <source>%1%2, %3, %4, %5, %6 without Site Config Last Checked, %7, %8</source>
        <comment>evidence import: dry run, files, clients, CAPs, refreshes moved, without, unknown servers, unknown clients</comment>
        <translation>%1%2, %3, %4, %5, %6 ohne Site Config Last Checked, %7, %8</translation>
    </message>
    <message>
        <source>dry run, nothing changed: </source>
        <translation>Probelauf, nichts geändert: </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CAP(s) recorded</source>
        <translation>
            <numerusform>%n CAP erfasst</numerusform>
            <numerusform>%n CAPs erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown server(s)</source>
        <translation>
            <numerusform>%n unbekannter Server</numerusform>
            <numerusform>%n unbekannte Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown client(s)</source>
        <translation>
            <numerusform>%n unbekannter Client</numerusform>
            <numerusform>%n unbekannte Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>capplanner: evidence import --db FILE [--dry-run] [--json] PATH...</source>
        <translation>capplanner: evidence import --db FILE [--dry-run] [--json] PATH...</translation>
    </message>
    <message>
        <source>Also write registry exports (.reg files) of the first 1,000 clients into DIR (docs/EVIDENCE.md).</source>
        <translation>Außerdem Registrierungsexporte (.reg-Dateien) der ersten 1.000 Clients in DIR schreiben (docs/EVIDENCE.md).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registry export(s) into %1</source>
        <translation>
            <numerusform>%n Registrierungsexport in %1 geschrieben</numerusform>
            <numerusform>%n Registrierungsexporte in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports the clients of an SMS 2.0 site database from a query result saved as CSV or tab-separated text (osql, Query Analyzer). New clients get install method "unknown"; existing ones keep their profile and install method; a heartbeat moves a client's last refresh forward, never back. All or nothing.</source>
        <translation>Importiert die Clients einer SMS-2.0-Standortdatenbank aus einem Abfrageergebnis, das als CSV oder tabulatorgetrennter Text gespeichert ist (osql, Query Analyzer). Neue Clients erhalten die Installationsmethode „unbekannt“; vorhandene behalten ihr Profil und ihre Installationsmethode; ein Heartbeat verschiebt die letzte Aktualisierung eines Clients nach vorn, nie zurück. Alles oder nichts.</translation>
    </message>
    <message>
        <source>The saved query result.</source>
        <translation>Das gespeicherte Abfrageergebnis.</translation>
    </message>
    <message>
        <source>The export's column for FIELD (name, version, os, site, client, heartbeat), instead of the SP2 view and WMI names. Repeatable.</source>
        <translation>Die Spalte des Exports für FIELD (name, version, os, site, client, heartbeat) statt der Namen der SP2-Ansicht und von WMI. Wiederholbar.</translation>
    </message>
    <message>
        <source>The family (nt4, w2k, win9x) of an operating system text the defaults do not map. Repeatable.</source>
        <translation>Die Familie (nt4, w2k, win9x) eines Betriebssystemtexts, den die Standardzuordnung nicht abdeckt. Wiederholbar.</translation>
    </message>
    <message>
        <source>The disconnection profile of new clients (default none).</source>
        <translation>Das Verbindungsprofil neuer Clients (Standard: keines).</translation>
    </message>
    <message>
        <source>The time zone of heartbeat times that name none, as an IANA name such as Europe/Berlin; UTC by default.</source>
        <translation>Die Zeitzone von Heartbeat-Zeiten ohne Zeitzonenangabe, als IANA-Name wie Europe/Berlin; standardmäßig UTC.</translation>
    </message>
    <message>
        <source>Do all the work and report it, but change nothing.</source>
        <translation>Alles ausführen und darüber berichten, aber nichts ändern.</translation>
    </message>
    <message>
        <source>capplanner: import-site needs --clients EXPORT</source>
        <translation>capplanner: import-site benötigt --clients EXPORT</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported</source>
        <translation>
            <numerusform>%n Zeile abgelehnt; nichts wurde importiert</numerusform>
            <numerusform>%n Zeilen abgelehnt; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing was imported</source>
        <translation>Probelauf: nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) superseded by a newer export of the same client</source>
        <translation>
            <numerusform>%n Datei durch einen neueren Export desselben Clients ersetzt</numerusform>
            <numerusform>%n Dateien durch einen neueren Export desselben Clients ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln covered client(s) know %1, which stays: removing %2 cannot orphan them, and they do not hold the safe time back (Q260824).</source>
        <translation>
            <numerusform>%Ln abgedeckter Client kennt %1, das bleibt: %2 zu entfernen kann ihn nicht verwaisen lassen, und er hält die sichere Zeit nicht auf (Q260824).</numerusform>
            <numerusform>%Ln abgedeckte Clients kennen %1, das bleibt: %2 zu entfernen kann sie nicht verwaisen lassen, und sie halten die sichere Zeit nicht auf (Q260824).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At risk if removed at %1: %Ln client(s)
</source>
        <translation>
            <numerusform>Gefährdet bei Entfernung am %1: %Ln Client
</numerusform>
            <numerusform>Gefährdet bei Entfernung am %1: %Ln Clients
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  licences: %1 has %2, expects %Ln connection(s) at peak
</source>
        <translation>
            <numerusform>  Lizenzen: %1 hat %2, erwartet %Ln Verbindung zur Spitzenzeit
</numerusform>
            <numerusform>  Lizenzen: %1 hat %2, erwartet %Ln Verbindungen zur Spitzenzeit
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  old password of %1 (changed %2): %Ln holder(s)</source>
        <translation>
            <numerusform>  altes Kennwort von %1 (geändert %2): %Ln Inhaber</numerusform>
            <numerusform>  altes Kennwort von %1 (geändert %2): %Ln Inhaber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln fallback client(s) delayed by lockout: every account left to them is locked out; updated by %1
</source>
        <translation>
            <numerusform>  %Ln ausweichender Client durch Sperrung verzögert: jedes ihm verbliebene Konto ist gesperrt; aktualisiert bis %1
</numerusform>
            <numerusform>  %Ln ausweichende Clients durch Sperrung verzögert: jedes ihnen verbliebene Konto ist gesperrt; aktualisiert bis %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln orphaned client(s) recover at their next logon through Logon Discovery (Q237759)
</source>
        <translation>
            <numerusform>  %Ln verwaister Client stellt sich bei der nächsten Anmeldung über Logon Discovery wieder her (Q237759)
</numerusform>
            <numerusform>  %Ln verwaiste Clients stellen sich bei der nächsten Anmeldung über Logon Discovery wieder her (Q237759)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln orphaned client(s) never uninstall themselves: Site Config Last Checked is missing (Q265358)
</source>
        <translation>
            <numerusform>  %Ln verwaister Client deinstalliert sich nie selbst: Site Config Last Checked fehlt (Q265358)
</numerusform>
            <numerusform>  %Ln verwaiste Clients deinstallieren sich nie selbst: Site Config Last Checked fehlt (Q265358)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  recovery %1: %2, %Ln client(s). %3
</source>
        <translation>
            <numerusform>  Wiederherstellung %1: %2, %Ln Client. %3
</numerusform>
            <numerusform>  Wiederherstellung %1: %2, %Ln Clients. %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>Safer: add a new account, %1, at %2, remove %3 at %4 (Q237759)
</source>
        <translation>Sicherer: ein neues Konto, %1, um %2 hinzufügen, %3 um %4 entfernen (Q237759)
</translation>
    </message>
    <message numerus="yes">
        <source>Rotation: a new account every %Ln day(s), %1 accounts valid at once
</source>
        <translation>
            <numerusform>Rotation: alle %Ln Tag ein neues Konto, %1 Konten gleichzeitig gültig
</numerusform>
            <numerusform>Rotation: alle %Ln Tage ein neues Konto, %1 Konten gleichzeitig gültig
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>dbserver.corp.example</source>
        <translation>dbserver.firma.example</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>CapPlanner never asks for or stores a password. Give it to PostgreSQL in ~/.pgpass or the PGPASSWORD environment variable, or use a server that trusts your login (Kerberos, peer or certificate authentication).</source>
        <translation>CapPlanner fragt nie nach einem Kennwort und speichert keines. Geben Sie es PostgreSQL in ~/.pgpass oder in der Umgebungsvariablen PGPASSWORD, oder verwenden Sie einen Server, der Ihrer Anmeldung vertraut (Kerberos-, Peer- oder Zertifikatsauthentifizierung).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>unknown table "%1"; the tables are %2</source>
        <translation>unbekannte Tabelle „%1“; die Tabellen sind %2</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1: unknown table "%2"; the tables are %3</source>
        <translation>%1: unbekannte Tabelle „%2“; die Tabellen sind %3</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>not a CSV text file (binary data or not UTF-8)</source>
        <translation>keine CSV-Textdatei (Binärdaten oder nicht UTF-8)</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>unknown column; table %1 has %2</source>
        <translation>unbekannte Spalte; die Tabelle %1 hat %2</translation>
    </message>
    <message>
        <source>the column is named twice in the header</source>
        <translation>die Spalte steht zweimal in der Kopfzeile</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>eine erforderliche Spalte fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>kann keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>(field %1)</source>
        <translation>(Feld %1)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>"%1" appears twice in this file (first on line %2)</source>
        <translation>„%1“ kommt in dieser Datei zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>is before added_at</source>
        <translation>liegt vor added_at</translation>
    </message>
    <message>
        <source>must be after starts_at</source>
        <translation>muss nach starts_at liegen</translation>
    </message>
    <message>
        <source>a site cannot be its own parent</source>
        <translation>ein Standort kann nicht sein eigener übergeordneter sein</translation>
    </message>
    <message>
        <source>the inventory refused the row: %1</source>
        <translation>das Inventar hat die Zeile abgelehnt: %1</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>unknown site "%1"</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
    <message>
        <source>cannot rebuild the indexes: %1</source>
        <translation>kann die Indizes nicht neu aufbauen: %1</translation>
    </message>
    <message>
        <source>the inventory refused the import: %1</source>
        <translation>das Inventar hat den Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of 0 or more</source>
        <translation>„%1“ ist keine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>"%1" is not a number of hours of 0 or more</source>
        <translation>„%1“ ist keine Stundenzahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>"%1" is not one of yes, no, true, false, 1, 0</source>
        <translation>„%1“ ist keiner der Werte yes, no, true, false, 1, 0</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation>„%1“ ist keine Zeit nach ISO 8601 wie 2026-12-01T08:00:00Z</translation>
    </message>
    <message>
        <source>unknown disconnection profile "%1"</source>
        <translation>unbekanntes Verbindungsprofil „%1“</translation>
    </message>
    <message>
        <source>unknown domain "%1"</source>
        <translation>unbekannte Domäne „%1“</translation>
    </message>
    <message>
        <source>an empty site code in "%1"</source>
        <translation>ein leerer Standortcode in „%1“</translation>
    </message>
    <message>
        <source>site "%1" is listed twice</source>
        <translation>Standort „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>cannot read the inventory: %1</source>
        <translation>das Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown time zone "%1"; give an IANA name such as Europe/Berlin, or leave it empty for UTC</source>
        <translation>unbekannte Zeitzone „%1“; geben Sie einen IANA-Namen wie Europe/Berlin an oder lassen Sie das Feld für UTC leer</translation>
    </message>
    <message>
        <source>line %1: the inventory refused the row: %2</source>
        <translation>Zeile %1: das Inventar hat die Zeile abgelehnt: %2</translation>
    </message>
    <message>
        <source>the connection to the server was lost at %1:%2; nothing was imported</source>
        <translation>die Verbindung zum Server ist bei %1:%2 abgebrochen; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>DemoEvidence</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kann den Ordner nicht anlegen</translation>
    </message>
</context>
<context>
    <name>DemoInventory</name>
    <message>
        <source>%1 already holds an inventory; choose a new file</source>
        <translation>%1 enthält bereits ein Inventar; wählen Sie eine neue Datei</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Windows NT 4.0</source>
        <translation>Windows NT 4.0</translation>
    </message>
    <message>
        <source>Windows 2000</source>
        <translation>Windows 2000</translation>
    </message>
    <message>
        <source>Windows 9x</source>
        <translation>Windows 9x</translation>
    </message>
    <message>
        <source>logon</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>path not found</source>
        <translation>Pfad nicht gefunden</translation>
    </message>
    <message>
        <source>access denied: wrong or changed connection account password</source>
        <translation>Zugriff verweigert: Kennwort des Verbindungskontos falsch oder geändert</translation>
    </message>
    <message>
        <source>the file is in use by another process</source>
        <translation>die Datei wird von einem anderen Prozess verwendet</translation>
    </message>
    <message>
        <source>network path not found: CAP unreachable or site gone</source>
        <translation>Netzwerkpfad nicht gefunden: CAP nicht erreichbar oder Standort entfernt</translation>
    </message>
    <message>
        <source>the network name is no longer available</source>
        <translation>der Netzwerkname ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>the network name cannot be found</source>
        <translation>der Netzwerkname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no more connections can be made: per-server licences used up</source>
        <translation>es können keine weiteren Verbindungen hergestellt werden: Lizenzen „pro Server“ aufgebraucht</translation>
    </message>
    <message>
        <source>logon failure: unknown user name or bad password</source>
        <translation>Anmeldefehler: unbekannter Benutzername oder falsches Kennwort</translation>
    </message>
    <message>
        <source>logon failure: the user has not been granted the logon type</source>
        <translation>Anmeldefehler: dem Benutzer wurde die Anmeldeart nicht gewährt</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>the network location cannot be reached</source>
        <translation>der Netzwerkspeicherort ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the semaphore timeout period has expired</source>
        <translation>das Zeitlimit für die Semaphore wurde erreicht</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>CapPlanner User Guide</source>
        <translation>CapPlanner-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>CapPlanner plans the replacement of Client Access Points (CAPs) and client connection accounts on Systems Management Server 2.0 sites so that no client is orphaned or locked out. Every time is shown in UTC, like the plans.</source>
        <translation>CapPlanner plant den Ersatz von Client Access Points (CAPs) und Client-Verbindungskonten an Standorten von Systems Management Server 2.0 so, dass kein Client verwaist oder gesperrt wird. Alle Zeiten werden wie die Pläne in UTC angezeigt.</translation>
    </message>
    <message>
        <source>Plan a transition</source>
        <translation>Einen Wechsel planen</translation>
    </message>
    <message>
        <source>Select a site in the tree and choose &lt;b&gt;Plan &amp;gt; New Transition&lt;/b&gt; (Ctrl+T). Pick what you replace (CAPs or accounts), what you retire and what you add, and when the new ones are live.</source>
        <translation>Wählen Sie im Baum einen Standort und dann &lt;b&gt;Plan &amp;gt; Neuer Wechsel&lt;/b&gt; (Strg+T). Wählen Sie, was Sie ersetzen (CAPs oder Konten), was Sie ausmustern und was Sie hinzufügen, und wann die neuen in Betrieb sind.</translation>
    </message>
    <message>
        <source>The planner takes every client that has not refreshed since the new list reached the CAPs and gives it the time to learn it: propagation to the CAPs (1 hour, Q278856), one client maintenance cycle (23 hours, Q231232), the longest disconnection of its profile, any blackout it is caught in, and the hourly retry (Q236052). The latest of these is the &lt;b&gt;safe removal time&lt;/b&gt; (Q260824).</source>
        <translation>Der Planer nimmt jeden Client, der sich seit dem Eintreffen der neuen Liste auf den CAPs nicht aktualisiert hat, und gibt ihm die Zeit, sie zu lernen: Weitergabe an die CAPs (1 Stunde, Q278856), einen Wartungszyklus des Clients (23 Stunden, Q231232), die längste Trennung seines Profils, jede Sperrzeit, in die er fällt, und die stündliche Wiederholung (Q236052). Der späteste dieser Zeitpunkte ist der &lt;b&gt;sichere Entfernungszeitpunkt&lt;/b&gt; (Q260824).</translation>
    </message>
    <message>
        <source>Clients that have not reached a CAP for 60 days have uninstalled themselves and are left out (Q227033). Windows 9x clients do not use the connection accounts (Q237759). A plan that removes everything the clients know, with nothing added, orphans them all and is refused.</source>
        <translation>Clients, die 60 Tage lang keinen CAP erreicht haben, haben sich selbst deinstalliert und werden nicht berücksichtigt (Q227033). Windows-9x-Clients verwenden die Verbindungskonten nicht (Q237759). Ein Plan, der alles entfernt, was die Clients kennen, ohne etwas hinzuzufügen, verwaist sie alle und wird abgelehnt.</translation>
    </message>
    <message>
        <source>Read the timeline</source>
        <translation>Die Zeitleiste lesen</translation>
    </message>
    <message>
        <source>The timeline's line is the share of the site's clients sure to hold the new list, from the start to the safe removal time. It rises in a step as each profile's clients reach their deadline. The green dashed line marks the safe removal time, the red one a proposed removal; clients whose deadline falls after a proposed removal are at risk of being orphaned, and the wizard counts and lists them.</source>
        <translation>Die Linie der Zeitleiste ist der Anteil der Clients des Standorts, die die neue Liste sicher haben, vom Beginn bis zum sicheren Entfernungszeitpunkt. Sie steigt in einer Stufe, wenn die Clients eines Profils ihre Frist erreichen. Die grüne gestrichelte Linie markiert den sicheren Entfernungszeitpunkt, die rote eine vorgeschlagene Entfernung; Clients, deren Frist nach einer vorgeschlagenen Entfernung liegt, drohen zu verwaisen, und der Assistent zählt sie und listet sie auf.</translation>
    </message>
    <message>
        <source>Run a what-if password change</source>
        <translation>Eine Kennwortänderung durchspielen</translation>
    </message>
    <message>
        <source>When the domain locks accounts out after bad attempts, the forecast says when the account would lock and for how long (Q227033), lists the recovery options, and proposes the safer order: add a new account first, change or remove the old one after every client knows the new one.</source>
        <translation>Wenn die Domäne Konten nach Fehlversuchen sperrt, sagt die Prognose, wann das Konto gesperrt würde und wie lange (Q227033), listet die Wiederherstellungsmöglichkeiten auf und schlägt die sicherere Reihenfolge vor: zuerst ein neues Konto hinzufügen und das alte erst ändern oder entfernen, wenn jeder Client das neue kennt.</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Einen Bericht exportieren</translation>
    </message>
    <message>
        <source>From the wizard's last page, a saved plan's context menu, &lt;b&gt;Plan &amp;gt; Export Report&lt;/b&gt; or the what-if dialog, save the plan as PDF for the change board, as HTML, or as CSV with one row per client. Reports use the language and formats of the console; CSV keeps ISO 8601 times.</source>
        <translation>Speichern Sie den Plan von der letzten Seite des Assistenten, dem Kontextmenü eines gespeicherten Plans, &lt;b&gt;Plan &amp;gt; Bericht exportieren&lt;/b&gt; oder dem Was-wäre-wenn-Dialog aus als PDF für das Change-Board, als HTML oder als CSV mit einer Zeile je Client. Berichte verwenden die Sprache und die Formate der Konsole; CSV behält Zeiten nach ISO 8601.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Share an inventory with your team</source>
        <translation>Ein Inventar im Team teilen</translation>
    </message>
    <message>
        <source>A team plans on one PostgreSQL database: &lt;b&gt;File &amp;gt; Connect to Server&lt;/b&gt; and give the server, port, database and user. CapPlanner never asks for or stores a password: PostgreSQL reads it from ~/.pgpass or PGPASSWORD. An inventory file moves to the server with &lt;tt&gt;capplanner copy --from inventory.db --to postgresql://user@host:5432/capplanner&lt;/tt&gt;, and back the same way.</source>
        <translation>Ein Team plant in einer PostgreSQL-Datenbank: &lt;b&gt;Datei &amp;gt; Mit Server verbinden&lt;/b&gt;, dann Server, Port, Datenbank und Benutzer angeben. CapPlanner fragt nie nach einem Kennwort und speichert keines: PostgreSQL liest es aus ~/.pgpass oder PGPASSWORD. Eine Inventardatei kommt mit &lt;tt&gt;capplanner copy --from inventory.db --to postgresql://user@host:5432/capplanner&lt;/tt&gt; auf den Server und auf demselben Weg zurück.</translation>
    </message>
    <message>
        <source>Every console on the server shows the others' changes within a second. If someone saved a row you are editing, your save is refused and you are told what they changed: save again to replace it, or cancel to keep theirs. On a shared file, &lt;b&gt;View &amp;gt; Refresh&lt;/b&gt; (F5) shows the others' changes.</source>
        <translation>Jede Konsole am Server zeigt die Änderungen der anderen binnen einer Sekunde. Hat jemand eine Zeile gespeichert, die Sie gerade bearbeiten, wird Ihr Speichern abgelehnt, und Sie erfahren, was geändert wurde: Speichern Sie erneut, um es zu ersetzen, oder brechen Sie ab, um die andere Änderung zu behalten. Bei einer gemeinsamen Datei zeigt &lt;b&gt;Ansicht &amp;gt; Aktualisieren&lt;/b&gt; (F5) die Änderungen der anderen.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Plan &amp;gt; What If a Password Changes&lt;/b&gt; (Ctrl+Shift+W), pick the account and the time. No password is asked for or stored: the forecast reasons about dates. Clients that know another valid account fall back to it; clients that know only this one are orphaned (Q237759). An orphaned client never learns the new password on its own: it must be recovered by one of the options the dialog lists, or it uninstalls itself after 60 days without reaching a CAP (Q227033).</source>
        <translation>Wählen Sie &lt;b&gt;Plan &amp;gt; Was, wenn sich ein Kennwort ändert&lt;/b&gt; (Strg+Umschalt+W) und dann das Konto und die Zeit. Kein Kennwort wird abgefragt oder gespeichert: Die Vorhersage rechnet mit Zeitpunkten. Clients, die ein anderes gültiges Konto kennen, weichen darauf aus; Clients, die nur dieses kennen, verwaisen (Q237759). Ein verwaister Client erfährt das neue Kennwort nie von selbst: Er muss mit einer der Möglichkeiten, die der Dialog auflistet, wiederhergestellt werden, oder er deinstalliert sich nach 60 Tagen ohne Verbindung zu einem CAP selbst (Q227033).</translation>
    </message>
    <message>
        <source>Ctrl+N new inventory, Ctrl+O open, Ctrl+F find clients, Ctrl+1 to Ctrl+9 the panes, Ctrl+0 the site tree, Ctrl+Shift+N add a row to the pane, F2 or a double-click edit the selected row, the Delete key delete it, Ctrl+Z undo, F8 and Shift+F8 the next and previous problem in the logs, F5 refresh, F1 this guide.</source>
        <translation>Strg+N neues Inventar, Strg+O öffnen, Strg+F Clients suchen, Strg+1 bis Strg+9 die Bereiche, Strg+0 der Standortbaum, Strg+Umschalt+N eine Zeile zum Bereich hinzufügen, F2 oder ein Doppelklick die gewählte Zeile bearbeiten, die Entf-Taste sie löschen, Strg+Z rückgängig, F8 und Umschalt+F8 das nächste und vorige Problem in den Protokollen, F5 aktualisieren, F1 diese Anleitung.</translation>
    </message>
    <message>
        <source>Plan a campaign across many sites</source>
        <translation>Eine Kampagne über viele Standorte planen</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Plan &amp;gt; New Campaign&lt;/b&gt; (Ctrl+Shift+T), tick a domain or a branch of the site tree, and take a proposal: replace every live CAP with the CAPs added since a date, or rotate every site's connection account to a name pattern such as SMSClient_{site}_2027. Edit the rows, then group the sites in waves: a wave starts a set number of days after the previous wave's latest safe removal, so moving one wave moves the later ones.</source>
        <translation>Wählen Sie &lt;b&gt;Plan &amp;gt; Neue Kampagne&lt;/b&gt; (Strg+Umschalt+T), haken Sie eine Domäne oder einen Zweig der Standortstruktur an und übernehmen Sie einen Vorschlag: jeden aktiven CAP durch die seit einem Datum hinzugefügten CAPs ersetzen, oder das Verbindungskonto jedes Standorts auf ein Namensmuster wie SMSClient_{site}_2027 umstellen. Bearbeiten Sie die Zeilen und fassen Sie die Standorte in Wellen zusammen: Eine Welle beginnt eine feste Zahl von Tagen nach der spätesten sicheren Entfernung der vorigen Welle, sodass das Verschieben einer Welle die späteren mitverschiebt.</translation>
    </message>
    <message>
        <source>The campaign view shows every site on one time axis; double-click a site to open its plan in the wizard. Every figure is the site plan's own. Export the campaign as PDF, HTML, CSV or an iCalendar file with three events per site (add, check the new list reached every CAP, remove) for the change board's calendar.</source>
        <translation>Die Kampagnenansicht zeigt jeden Standort auf einer gemeinsamen Zeitachse; ein Doppelklick auf einen Standort öffnet seinen Plan im Assistenten. Jede Zahl ist die des Standortplans selbst. Exportieren Sie die Kampagne als PDF, HTML, CSV oder als iCalendar-Datei mit drei Terminen je Standort (hinzufügen, prüfen, dass die neue Liste jeden CAP erreicht hat, entfernen) für den Kalender des Change Boards.</translation>
    </message>
    <message>
        <source>Collect evidence from the site</source>
        <translation>Nachweise vom Standort sammeln</translation>
    </message>
    <message>
        <source>A real site already knows what each client holds. Add these lines to the logon script, with a share every user may write to, to export from each client the keys CapPlanner reads:</source>
        <translation>Ein echter Standort weiß bereits, was jeder Client kennt. Fügen Sie diese Zeilen dem Anmeldeskript hinzu, mit einer Freigabe, auf die jeder Benutzer schreiben darf, um von jedem Client die Schlüssel zu exportieren, die CapPlanner liest:</translation>
    </message>
    <message>
        <source>Then choose &lt;b&gt;File &amp;gt; Import from Site&lt;/b&gt; and the share's folder. The CAPs each client lists (Q235873) replace what the planner would derive from its last refresh; its &lt;i&gt;Site Config Last Checked&lt;/i&gt; value moves its last refresh forward, and a client without that value never removes itself (Q265358).</source>
        <translation>Wählen Sie dann &lt;b&gt;Datei &amp;gt; Vom Standort importieren&lt;/b&gt; und den Ordner der Freigabe. Die CAPs, die jeder Client auflistet (Q235873), ersetzen, was der Planer aus seiner letzten Aktualisierung ableiten würde; sein Wert &lt;i&gt;Site Config Last Checked&lt;/i&gt; rückt seine letzte Aktualisierung vor, und ein Client ohne diesen Wert entfernt sich nie selbst (Q265358).</translation>
    </message>
    <message>
        <source>From the site database, run the query in docs/SITE_DATABASE.md in Query Analyzer or osql, save the result as CSV or tab-separated text, and import it the same way: the wizard previews it, maps its columns and OS texts, and shows a dry run of what would change before anything is imported.</source>
        <translation>Für die Standortdatenbank führen Sie die Abfrage aus docs/SITE_DATABASE.md in Query Analyzer oder osql aus, speichern das Ergebnis als CSV oder tabulatorgetrennten Text und importieren es auf dieselbe Weise: Der Assistent zeigt eine Vorschau, ordnet Spalten und Betriebssystemtexte zu und zeigt in einem Probelauf, was sich ändern würde, bevor etwas importiert wird.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>%1: no such inventory</source>
        <translation>%1: kein solches Inventar</translation>
    </message>
    <message>
        <source>%1: not a CapPlanner inventory (not an SQLite database); the file was left untouched</source>
        <translation>%1: kein CapPlanner-Inventar (keine SQLite-Datenbank); die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a CapPlanner inventory or damaged: %1</source>
        <translation>kein CapPlanner-Inventar oder beschädigt: %1</translation>
    </message>
    <message>
        <source>made by a newer CapPlanner (schema version %1, this one knows %2); left untouched</source>
        <translation>von einem neueren CapPlanner erstellt (Schemaversion %1, dieser kennt %2); unverändert gelassen</translation>
    </message>
    <message>
        <source>an SQLite database of another program, not a CapPlanner inventory; left untouched</source>
        <translation>eine SQLite-Datenbank eines anderen Programms, kein CapPlanner-Inventar; unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: the inventory is truncated (the file is shorter than its own header says): it was cut off while copying or the disk is damaged. The file was left untouched; restore it from a backup.</source>
        <translation>%1: Das Inventar ist abgeschnitten (die Datei ist kürzer, als ihr eigener Kopf angibt): Sie wurde beim Kopieren abgebrochen, oder der Datenträger ist beschädigt. Die Datei blieb unverändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: the inventory is read-only (or its folder is), and CapPlanner writes to it. The file was left untouched; make it writable, or copy it somewhere writable and open the copy.</source>
        <translation>%1: Das Inventar (oder sein Ordner) ist schreibgeschützt, und CapPlanner schreibt hinein. Die Datei blieb unverändert; machen Sie sie beschreibbar, oder kopieren Sie sie an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>cannot make the backup %1 before migrating: %2</source>
        <translation>kann die Sicherungskopie %1 vor der Migration nicht anlegen: %2</translation>
    </message>
    <message>
        <source>another program is changing the inventory and still holds its write lock after waiting; nothing was changed: try again when it has finished</source>
        <translation>ein anderes Programm ändert das Inventar und hält seine Schreibsperre auch nach dem Warten noch; nichts wurde geändert: Versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the inventory is read-only; nothing was changed</source>
        <translation>das Inventar ist schreibgeschützt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the inventory file is damaged (%1); nothing was changed: restore it from a backup</source>
        <translation>die Inventardatei ist beschädigt (%1); nichts wurde geändert: Stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>der Datenträger ist voll; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: not a server inventory location; write postgresql://user@host:port/database</source>
        <translation>%1: kein Ort eines Server-Inventars; schreiben Sie postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1: the location holds a password, and CapPlanner never stores one. Remove it, and give the password in ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>%1: Der Ort enthält ein Kennwort, und CapPlanner speichert nie eines. Entfernen Sie es und geben Sie das Kennwort in ~/.pgpass oder der Umgebungsvariablen PGPASSWORD an.</translation>
    </message>
    <message>
        <source>%1: this CapPlanner has no PostgreSQL driver (install libqt6sql6-psql)</source>
        <translation>%1: Diesem CapPlanner fehlt der PostgreSQL-Treiber (installieren Sie libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>(CapPlanner never stores a password: give it in ~/.pgpass or the PGPASSWORD environment variable)</source>
        <translation>(CapPlanner speichert nie ein Kennwort: geben Sie es in ~/.pgpass oder der Umgebungsvariablen PGPASSWORD an)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: Verbindung nicht möglich: %2</translation>
    </message>
    <message>
        <source>a database of another program, not a CapPlanner inventory; left untouched</source>
        <translation>eine Datenbank eines anderen Programms, kein CapPlanner-Inventar; unverändert gelassen</translation>
    </message>
    <message>
        <source>another console is changing the same rows and still holds them after waiting; nothing was changed: try again when it has finished</source>
        <translation>eine andere Konsole ändert dieselben Zeilen und hält sie auch nach dem Warten noch; nichts wurde geändert: versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <source>your database role may not change this inventory; nothing was changed</source>
        <translation>Ihre Datenbankrolle darf dieses Inventar nicht ändern; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the server's disk is full; nothing was changed</source>
        <translation>der Datenträger des Servers ist voll; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the connection to the server was lost; nothing was changed: reconnect and try again</source>
        <translation>die Verbindung zum Server ist abgebrochen; nichts wurde geändert: verbinden Sie sich neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a database on a server</comment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>InventoryCopy</name>
    <message>
        <source>%1 already holds an inventory; copy into a new, empty one</source>
        <translation>%1 enthält bereits ein Inventar; kopieren Sie in ein neues, leeres</translation>
    </message>
    <message>
        <source>%1: reading %2: %3</source>
        <translation>%1: beim Lesen von %2: %3</translation>
    </message>
    <message>
        <source>%1: writing %2: %3</source>
        <translation>%1: beim Schreiben von %2: %3</translation>
    </message>
    <message>
        <source>%1: copying %2: %3</source>
        <translation>%1: beim Kopieren von %2: %3</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <source>Still referred to by %1.</source>
        <translation>Noch referenziert von %1.</translation>
    </message>
    <message>
        <source>Another console deleted %1 after you opened it. Nothing was saved; save again to add it back.</source>
        <translation>Eine andere Konsole hat %1 gelöscht, nachdem Sie es geöffnet hatten. Nichts wurde gespeichert; speichern Sie erneut, um es wieder anzulegen.</translation>
    </message>
    <message>
        <source>%1: "%2" → "%3"</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>the same values, saved again</source>
        <translation>dieselben Werte, erneut gespeichert</translation>
    </message>
    <message>
        <source>Another console changed %1 after you opened it (%2). Nothing was saved. Save again to replace their change with yours, or cancel to keep theirs.</source>
        <translation>Eine andere Konsole hat %1 geändert, nachdem Sie es geöffnet hatten (%2). Nichts wurde gespeichert. Speichern Sie erneut, um deren Änderung durch Ihre zu ersetzen, oder brechen Sie ab, um deren Änderung zu behalten.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>CAP %1</source>
        <translation>CAP %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>logon point %1</source>
        <translation>Anmeldepunkt %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>blackout %1</source>
        <translation>Sperrzeit %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child site(s)</source>
        <translation>
            <numerusform>%Ln untergeordneter Standort</numerusform>
            <numerusform>%Ln untergeordnete Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln CAP(s)</source>
        <translation>
            <numerusform>%Ln CAP</numerusform>
            <numerusform>%Ln CAPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logon point(s)</source>
        <translation>
            <numerusform>%Ln Anmeldepunkt</numerusform>
            <numerusform>%Ln Anmeldepunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved plan(s)</source>
        <translation>
            <numerusform>%Ln gespeicherter Plan</numerusform>
            <numerusform>%Ln gespeicherte Pläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln Standort</numerusform>
            <numerusform>%Ln Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blackout(s)</source>
        <translation>
            <numerusform>%Ln Sperrzeit</numerusform>
            <numerusform>%Ln Sperrzeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogEntryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>Datei:Zeile</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <source>&amp;Folders of clients: one folder per client, named after it</source>
        <translation>Ordner von &amp;Clients: ein Ordner pro Client, nach ihm benannt</translation>
    </message>
    <message>
        <source>Logs of &amp;one client:</source>
        <translation>Protokolle &amp;eines Clients:</translation>
    </message>
    <message>
        <source>Import Logs</source>
        <translation>Protokolle importieren</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Clientname</translation>
    </message>
    <message>
        <source>Client the logs belong to</source>
        <translation>Client, zu dem die Protokolle gehören</translation>
    </message>
    <message>
        <source>Log files and folders to import</source>
        <translation>Zu importierende Protokolldateien und Ordner</translation>
    </message>
    <message>
        <source>The clients' logs (Ccim32.log, Apm32.log, CcmExec.log…) show when each client last refreshed and why a refresh failed. A later refresh than the inventory knows moves the client's last refresh forward; nothing is imported unless every client's logs are.</source>
        <translation>Die Protokolle der Clients (Ccim32.log, Apm32.log, CcmExec.log…) zeigen, wann jeder Client zuletzt aktualisiert hat und warum eine Aktualisierung fehlschlug. Eine spätere Aktualisierung, als das Inventar kennt, verschiebt die letzte Aktualisierung des Clients nach vorn; nichts wird importiert, wenn nicht die Protokolle aller Clients importiert werden.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Da&amp;teien hinzufügen …</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Add log files</source>
        <translation>Protokolldateien hinzufügen</translation>
    </message>
    <message>
        <source>Logs (*.log *.lo_);;All files (*)</source>
        <translation>Protokolle (*.log *.lo_);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of logs</source>
        <translation>Einen Ordner mit Protokollen hinzufügen</translation>
    </message>
</context>
<context>
    <name>LogImporter</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: name the client with --client, or give a folder of per-client folders</source>
        <translation>%1: nennen Sie den Client mit --client oder geben Sie einen Ordner mit Ordnern je Client an</translation>
    </message>
    <message>
        <source>unknown client "%1"; nothing was imported</source>
        <translation>unbekannter Client „%1“; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>, last refresh now %1</source>
        <translation>, letzte Aktualisierung jetzt %1</translation>
    </message>
    <message>
        <source>client "%1": its site's time zone "%2" is unknown; nothing was imported</source>
        <translation>Client „%1“: die Zeitzone „%2“ seines Standorts ist unbekannt; nichts wurde importiert</translation>
    </message>
    <message>
        <source>the connection to the server was lost at %1; nothing was imported</source>
        <translation>die Verbindung zum Server ist bei %1 abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: no log entries; not an SMS 2.0 or Configuration Manager log</source>
        <translation>%1:%2: keine Protokolleinträge; kein Protokoll von SMS 2.0 oder Configuration Manager</translation>
    </message>
    <message>
        <source>%1:%2: not a log entry; left out</source>
        <translation>%1:%2: kein Protokolleintrag; ausgelassen</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln finding(s)</source>
        <translation>
            <numerusform>%1: %Ln Befund</numerusform>
            <numerusform>%1: %Ln Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>&amp;Open logs…</source>
        <translation>Protokolle &amp;öffnen …</translation>
    </message>
    <message>
        <source>Fo&amp;llow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Read new lines as the files grow</source>
        <translation>Neue Zeilen lesen, während die Dateien wachsen</translation>
    </message>
    <message>
        <source>Text contains…</source>
        <translation>Text enthält …</translation>
    </message>
    <message>
        <source>Log text filter</source>
        <translation>Filter Protokolltext</translation>
    </message>
    <message>
        <source>Component filter</source>
        <translation>Filter Komponente</translation>
    </message>
    <message>
        <source>Any component</source>
        <translation>Jede Komponente</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Thread filter</source>
        <translation>Filter Thread</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filter Schweregrad</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>▲ Previous problem</source>
        <translation>▲ Voriges Problem</translation>
    </message>
    <message>
        <source>▼ Next problem</source>
        <translation>▼ Nächstes Problem</translation>
    </message>
    <message>
        <source>Error code, e.g. 2147942405 or 0x80070005</source>
        <translation>Fehlercode, z. B. 2147942405 oder 0x80070005</translation>
    </message>
    <message>
        <source>Error code lookup</source>
        <translation>Fehlercode nachschlagen</translation>
    </message>
    <message>
        <source>All (merged by time)</source>
        <translation>Alle (nach Zeit zusammengeführt)</translation>
    </message>
    <message>
        <source>Every open log, interleaved by time</source>
        <translation>Alle geöffneten Protokolle, nach Zeit verzahnt</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation>Protokolle öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.lo_);;All files (*)</source>
        <translation>Protokolle (*.log *.lo_);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a code CapPlanner knows</source>
        <translation>kein Code, den CapPlanner kennt</translation>
    </message>
    <message>
        <source>No logs open. Choose &lt;b&gt;Open logs…&lt;/b&gt; and pick the clients' Ccim32.log, Capinst.log or other SMS logs; each opens in its own tab and all of them merge here by time.</source>
        <translation>Keine Protokolle geöffnet. Wählen Sie &lt;b&gt;Protokolle öffnen …&lt;/b&gt; und dann Ccim32.log, Capinst.log oder andere SMS-Protokolle der Clients; jedes öffnet sich in einem eigenen Reiter, und alle werden hier nach Zeit zusammengeführt.</translation>
    </message>
    <message>
        <source>No errors or warnings in this view.</source>
        <translation>Keine Fehler oder Warnungen in dieser Ansicht.</translation>
    </message>
    <message>
        <source>Past the last problem: back at the first.</source>
        <translation>Nach dem letzten Problem: wieder beim ersten.</translation>
    </message>
    <message>
        <source>Before the first problem: on at the last.</source>
        <translation>Vor dem ersten Problem: weiter beim letzten.</translation>
    </message>
    <message>
        <source>Log line</source>
        <translation>Protokollzeile</translation>
    </message>
    <message numerus="yes">
        <source>
%Ln line(s) could not be read</source>
        <translation>
            <numerusform>
%Ln Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>
%Ln Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CapPlanner</source>
        <translation>CapPlanner</translation>
    </message>
    <message>
        <source>Site hierarchy</source>
        <translation>Standorthierarchie</translation>
    </message>
    <message>
        <source>Add &amp;Domain…</source>
        <translation>&amp;Domäne hinzufügen …</translation>
    </message>
    <message>
        <source>Add &amp;Site…</source>
        <translation>&amp;Standort hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit %1…</source>
        <translation>%1 &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>De&amp;lete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Inventory…</source>
        <translation>&amp;Neues Inventar …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find Clients</source>
        <translation>Clients &amp;suchen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;New Transition…</source>
        <translation>&amp;Neuer Wechsel …</translation>
    </message>
    <message>
        <source>Plan a CAP or account replacement on the selected site</source>
        <translation>Einen CAP- oder Kontenwechsel am gewählten Standort planen</translation>
    </message>
    <message>
        <source>&amp;What If a Password Changes…</source>
        <translation>&amp;Was, wenn sich ein Kennwort ändert …</translation>
    </message>
    <message>
        <source>Export &amp;Report of a Saved Plan…</source>
        <translation>&amp;Bericht eines gespeicherten Plans exportieren …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Site &amp;Tree</source>
        <translation>Standort&amp;baum</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About CapPlanner</source>
        <translation>Ü&amp;ber CapPlanner</translation>
    </message>
    <message>
        <source>About CapPlanner</source>
        <translation>Über CapPlanner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CapPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans SMS 2.0 CAP and client connection account transitions without orphaning clients (Q260824).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CapPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plant CAP- und Verbindungskontenwechsel von SMS 2.0, ohne Clients zu verwaisen (Q260824).&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später. Ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;CAPs</source>
        <translation>&amp;CAPs</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>live</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
    <message>
        <source>per seat</source>
        <translation>pro Arbeitsplatz</translation>
    </message>
    <message>
        <source>per server</source>
        <translation>pro Server</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kennwort geändert</translation>
    </message>
    <message>
        <source>Clients that know it</source>
        <translation>Clients, die es kennen</translation>
    </message>
    <message>
        <source>&amp;Logon points</source>
        <translation>&amp;Anmeldepunkte</translation>
    </message>
    <message>
        <source>Site served</source>
        <translation>Bedienter Standort</translation>
    </message>
    <message>
        <source>Site version</source>
        <translation>Standortversion</translation>
    </message>
    <message>
        <source>Clicore version</source>
        <translation>Clicore-Version</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>⚠ significantly older: gets no new clients here</source>
        <translation>⚠ wesentlich älter: erhält hier keine neuen Clients</translation>
    </message>
    <message>
        <source>differs significantly from the Clicore</source>
        <translation>weicht wesentlich vom Clicore ab</translation>
    </message>
    <message>
        <source>same significant version</source>
        <translation>gleiche wesentliche Version</translation>
    </message>
    <message>
        <source>Cl&amp;ients</source>
        <translation>Cl&amp;ients</translation>
    </message>
    <message>
        <source>Client &amp;versions</source>
        <translation>Client-&amp;Versionen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Longest disconnection (hours)</source>
        <translation>Längste Trennung (Stunden)</translation>
    </message>
    <message>
        <source>Blackouts</source>
        <translation>Sperrzeiten</translation>
    </message>
    <message>
        <source>&amp;Blackouts</source>
        <translation>&amp;Sperrzeiten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Pla&amp;ns</source>
        <translation>Plä&amp;ne</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>CAPs</source>
        <translation>CAPs</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Safe removal when saved</source>
        <translation>Sicheres Entfernen beim Speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>⚠ never safe</source>
        <translation>⚠ nie sicher</translation>
    </message>
    <message>
        <source>safe to remove now</source>
        <translation>jetzt sicher zu entfernen</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>im Wechsel</translation>
    </message>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>Im Assistenten &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV, eine Zeile je Client (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>What if its &amp;password changes…</source>
        <translation>Was, wenn sich sein &amp;Kennwort ändert …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Lo&amp;gs</source>
        <translation>Proto&amp;kolle</translation>
    </message>
    <message>
        <source>%1 – CapPlanner</source>
        <translation>%1 – CapPlanner</translation>
    </message>
    <message>
        <source>%1 sites · %2 CAPs · %3 accounts · %4 clients · %5 shown</source>
        <translation>%1 Standorte · %2 CAPs · %3 Konten · %4 Clients · %5 angezeigt</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>Plan %1 löschen</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was imported; the inventory is unchanged.

%1</source>
        <translation>Nichts wurde importiert; das Inventar ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>%1: %2 %3 transition from %4, safe %5</source>
        <translation>%1: %2-%3-Wechsel ab %4, sicher %5</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No saved plan yet: save one with capplanner plan --save.</source>
        <translation>Noch kein gespeicherter Plan: Speichern Sie einen mit capplanner plan --save.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>New inventory</source>
        <translation>Neues Inventar</translation>
    </message>
    <message>
        <source>CapPlanner inventories (*.db);;All files (*)</source>
        <translation>CapPlanner-Inventare (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 existiert bereits; öffnen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>Inventar öffnen</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 importiert.</numerusform>
            <numerusform>%Ln Zeilen in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Another console changed the inventory; the panes show its changes.</source>
        <translation>Eine andere Konsole hat das Inventar geändert; die Bereiche zeigen ihre Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Another import is under way; wait for it to finish.</source>
        <translation>Ein anderer Import läuft; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Sites served</source>
        <translation>Bediente Standorte</translation>
    </message>
    <message>
        <source>Install method</source>
        <translation>Installationsart</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Parent site</source>
        <translation>Übergeordneter Standort</translation>
    </message>
    <message>
        <source>Logon Client Installation</source>
        <translation>Logon Client Installation</translation>
    </message>
    <message>
        <source>Logon discovery</source>
        <translation>Logon Discovery</translation>
    </message>
    <message>
        <source>Lockout after (bad attempts)</source>
        <translation>Sperrung nach (Fehlversuchen)</translation>
    </message>
    <message>
        <source>Counted over (minutes)</source>
        <translation>Gezählt über (Minuten)</translation>
    </message>
    <message>
        <source>Locked for (minutes)</source>
        <translation>Gesperrt für (Minuten)</translation>
    </message>
    <message>
        <source>Longest password age (days)</source>
        <translation>Höchstes Kennwortalter (Tage)</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>No saved plans for these sites. Select a site and choose Plan &gt; New Transition (Ctrl+T); the wizard's last page saves the plan here.</source>
        <translation>Keine gespeicherten Pläne für diese Standorte. Wählen Sie einen Standort und dann Plan &gt; Neuer Wechsel (Strg+T); die letzte Seite des Assistenten speichert den Plan hier.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Erster Beginn</translation>
    </message>
    <message>
        <source>End when saved</source>
        <translation>Ende beim Speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Import from &amp;Site…</source>
        <translation>Vom &amp;Standort importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Logs…</source>
        <translation>&amp;Protokolle importieren …</translation>
    </message>
    <message>
        <source>%1: last refresh now %2</source>
        <translation>%1: letzte Aktualisierung jetzt %2</translation>
    </message>
    <message>
        <source>Clients whose last refresh moved:</source>
        <translation>Clients, deren letzte Aktualisierung sich verschoben hat:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Importing logs…</source>
        <translation>Protokolle werden importiert …</translation>
    </message>
    <message>
        <source>Import Logs</source>
        <translation>Protokolle importieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Neue &amp;Kampagne …</translation>
    </message>
    <message>
        <source>Plan one transition across many sites, in waves, on one timeline</source>
        <translation>Einen Wechsel über viele Standorte planen, in Wellen, auf einer Zeitleiste</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>%1 is still referred to by %2. Change or delete those first.</source>
        <translation>Auf %1 wird noch von %2 verwiesen. Ändern oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation>%1 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 sites · %2 CAPs · %3 accounts · %4 clients</source>
        <translation>%1 Standorte · %2 CAPs · %3 Konten · %4 Clients</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message numerus="yes">
        <source>Read the logs of %Ln client(s): %1, %2.</source>
        <translation>
            <numerusform>Protokolle von %Ln Client gelesen: %1, %2.</numerusform>
            <numerusform>Protokolle von %Ln Clients gelesen: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) recorded</source>
        <translation>
            <numerusform>%Ln Befund erfasst</numerusform>
            <numerusform>%Ln Befunde erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln last refresh(es) moved forward</source>
        <translation>
            <numerusform>%Ln letzte Aktualisierung vorgerückt</numerusform>
            <numerusform>%Ln letzte Aktualisierungen vorgerückt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln Zeile konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%Ln Zeilen konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer Eintrag</numerusform>
            <numerusform>und %Ln weitere Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>e.g. Replace the NT 4.0 CAPs</source>
        <translation>z. B. Die NT-4.0-CAPs ersetzen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Sites of the campaign</source>
        <translation>Standorte der Kampagne</translation>
    </message>
    <message>
        <source>Check a domain or a site to take it with every site below it</source>
        <translation>Haken Sie eine Domäne oder einen Standort an, um den Eintrag samt allen Standorten darunter aufzunehmen</translation>
    </message>
    <message>
        <source>&amp;Replace every live CAP with the CAPs added since</source>
        <translation>Jeden CAP in Betrieb &amp;ersetzen durch die CAPs, hinzugefügt seit</translation>
    </message>
    <message>
        <source>R&amp;otate every site's connection account to</source>
        <translation>Das Verbindungskonto jedes Standorts &amp;umstellen auf</translation>
    </message>
    <message>
        <source>CAPs added since</source>
        <translation>CAPs, hinzugefügt seit</translation>
    </message>
    <message>
        <source>Account name pattern</source>
        <translation>Muster für Kontonamen</translation>
    </message>
    <message>
        <source>{site} stands for each site's code</source>
        <translation>{site} steht für den jeweiligen Standortcode</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>all in one wave</source>
        <translation>alle in einer Welle</translation>
    </message>
    <message>
        <source>Sites per wave</source>
        <translation>Standorte pro Welle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days between waves</source>
        <translation>Tage zwischen Wellen</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>each &amp;wave starting</source>
        <translation>jede &amp;Welle beginnt</translation>
    </message>
    <message>
        <source>after the previous wave's safe removal</source>
        <translation>nach dem sicheren Entfernen der vorigen Welle</translation>
    </message>
    <message>
        <source>Sites per wa&amp;ve:</source>
        <translation>Standorte &amp;pro Welle:</translation>
    </message>
    <message>
        <source>Proposed rows</source>
        <translation>Vorgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Offset days</source>
        <translation>Versatz (Tage)</translation>
    </message>
    <message>
        <source>Names separated by ;</source>
        <translation>Namen, getrennt durch ;</translation>
    </message>
    <message>
        <source>UTC, as 2027-01-15T08:00:00Z</source>
        <translation>UTC, wie 2027-01-15T08:00:00Z</translation>
    </message>
    <message>
        <source>Days after the previous wave's latest safe removal at which the wave starts</source>
        <translation>Wie viele Tage nach dem spätesten sicheren Entfernen der vorigen Welle die Welle beginnt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lanen</translation>
    </message>
    <message>
        <source>Replace CAPs %1</source>
        <translation>CAP-Ersatz %1</translation>
    </message>
    <message>
        <source>Rotate accounts %1</source>
        <translation>Kontenwechsel %1</translation>
    </message>
    <message>
        <source>Check the sites of the campaign in the tree first.</source>
        <translation>Haken Sie zuerst die Standorte der Kampagne im Baum an.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Name the campaign.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Propose or enter at least one row.</source>
        <translation>Lassen Sie mindestens eine Zeile vorschlagen oder geben Sie eine ein.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>“%1” is neither cap nor account</source>
        <translation>„%1“ ist weder cap noch account</translation>
    </message>
    <message>
        <source>names nothing to retire</source>
        <translation>nennt nichts zum Ausmustern</translation>
    </message>
    <message>
        <source>“%1” is not a time</source>
        <translation>„%1“ ist keine Zeit</translation>
    </message>
    <message>
        <source>“%1” is not a wave number (1 or more)</source>
        <translation>„%1“ ist keine Wellennummer (1 oder mehr)</translation>
    </message>
    <message>
        <source>“%1” is not a number of days</source>
        <translation>„%1“ ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>Row %1, column %2: wave %3 starts %4 days after the previous one in row %5</source>
        <translation>Zeile %1, Spalte %2: Welle %3 beginnt %4 Tage nach der vorigen in Zeile %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) proposed.</source>
        <translation>
            <numerusform>%Ln Standort vorgeschlagen.</numerusform>
            <numerusform>%Ln Standorte vorgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>%1: the closing quote is missing</source>
        <translation>%1: das schließende Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>value name</source>
        <translation>Wertname</translation>
    </message>
    <message>
        <source>%1: "=" expected after the value name</source>
        <translation>%1: „=“ nach dem Wertnamen erwartet</translation>
    </message>
    <message>
        <source>%1: unexpected text after the closing quote</source>
        <translation>%1: unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>%1: dword: needs one to eight hexadecimal digits</source>
        <translation>%1: dword: benötigt ein bis acht Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1: dword: "%2" is not hexadecimal</source>
        <translation>%1: dword: „%2“ ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>%1: hex(N): expected</source>
        <translation>%1: hex(N): erwartet</translation>
    </message>
    <message>
        <source>%1: hex(N): N must be hexadecimal</source>
        <translation>%1: hex(N): N muss hexadezimal sein</translation>
    </message>
    <message>
        <source>%1: hex(N): N is too large</source>
        <translation>%1: hex(N): N ist zu groß</translation>
    </message>
    <message>
        <source>%1: ":" expected after hex</source>
        <translation>%1: „:“ nach hex erwartet</translation>
    </message>
    <message>
        <source>%1: "%2" is not a hexadecimal byte</source>
        <translation>%1: „%2“ ist kein hexadezimales Byte</translation>
    </message>
    <message>
        <source>%1: unknown value type "%2"</source>
        <translation>%1: unbekannter Werttyp „%2“</translation>
    </message>
</context>
<context>
    <name>PasswordWhatIfDialog</name>
    <message>
        <source>What if a password changes?</source>
        <translation>Was, wenn sich ein Kennwort ändert?</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Änderungszeit</translation>
    </message>
    <message>
        <source>&amp;Orphaned</source>
        <translation>&amp;Verwaist</translation>
    </message>
    <message>
        <source>&amp;Fallback</source>
        <translation>&amp;Ausweichend</translation>
    </message>
    <message>
        <source>&amp;Unaffected</source>
        <translation>&amp;Nicht betroffen</translation>
    </message>
    <message>
        <source>S&amp;tale</source>
        <translation>Ve&amp;raltet</translation>
    </message>
    <message>
        <source>Recovery options</source>
        <translation>Wiederherstellungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Möglichkeit</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Trifft zu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Plan the safer alternative…</source>
        <translation>Die sicherere Alternative &amp;planen …</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Password changes &amp;at:</source>
        <translation>Kennwort ändert sich &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Choose a site and an account first.</source>
        <translation>Wählen Sie zuerst einen Standort und ein Konto.</translation>
    </message>
    <message>
        <source>The site has no live connection account.</source>
        <translation>Der Standort hat kein Verbindungskonto in Betrieb.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 orphaned&lt;/b&gt;, %2 fallback, %3 unaffected, %4 stale. %5</source>
        <translation>&lt;b&gt;%1 verwaist&lt;/b&gt;, %2 ausweichend, %3 nicht betroffen, %4 veraltet. %5</translation>
    </message>
    <message>
        <source>All fallback clients learn the change by %1.</source>
        <translation>Alle ausweichenden Clients lernen die Änderung bis %1.</translation>
    </message>
    <message>
        <source>Lockout: off in the site's domain.</source>
        <translation>Sperrung: in der Domäne des Standorts aus.</translation>
    </message>
    <message>
        <source>Lockout: nobody holds the old password.</source>
        <translation>Sperrung: niemand hat das alte Kennwort.</translation>
    </message>
    <message>
        <source>⚠ Lockout (threshold %1): the account locks from %2 and re-locks after every unlock until %3 (Q227033, Q237759).</source>
        <translation>⚠ Sperrung (Schwelle %1): Das Konto ist ab %2 gesperrt und wird nach jeder Entsperrung erneut gesperrt, bis %3 (Q227033, Q237759).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Rotation: a new account every %1 days, with %2 accounts valid at all times.</source>
        <translation>Rotation: alle %1 Tage ein neues Konto, mit jederzeit %2 gültigen Konten.</translation>
    </message>
    <message>
        <source>Clients by outcome</source>
        <translation>Clients nach Ergebnis</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>%1 locks out from %2 until %3 (%4 holders)%5</source>
        <translation>%1 sperrt von %2 bis %3 (%4 Inhaber)%5</translation>
    </message>
    <message>
        <source>: changed earlier, may be locking out already</source>
        <translation>: früher geändert, sperrt womöglich schon</translation>
    </message>
    <message>
        <source>%1 fallback clients are delayed by lockout until %2.</source>
        <translation>%1 ausweichende Clients werden durch Sperrung bis %2 verzögert.</translation>
    </message>
    <message>
        <source>Logon Discovery: %1 orphaned clients recover at their next logon (Q237759).</source>
        <translation>Logon Discovery: %1 verwaiste Clients stellen sich bei ihrer nächsten Anmeldung wieder her (Q237759).</translation>
    </message>
    <message>
        <source>Rotation: none needed; the domain's passwords never expire.</source>
        <translation>Rotation: keine nötig; die Kennwörter der Domäne laufen nie ab.</translation>
    </message>
    <message>
        <source>⚠ Guest account: %1</source>
        <translation>⚠ Gastkonto: %1</translation>
    </message>
    <message>
        <source>Safer (Q237759): add a new account, %1, at %2 and remove %3 at %4, instead of changing the password in place.</source>
        <translation>Sicherer (Q237759): Fügen Sie ein neues Konto, %1, am %2 hinzu und entfernen Sie %3 am %4, statt das Kennwort direkt zu ändern.</translation>
    </message>
</context>
<context>
    <name>PasswordWhatIfPlanner</name>
    <message>
        <source>"%1" is not a live client connection account of site %2 at that time</source>
        <translation>„%1“ ist zu dieser Zeit kein Client-Verbindungskonto in Betrieb an Standort %2</translation>
    </message>
    <message>
        <source>No client would be orphaned.</source>
        <translation>Kein Client würde verwaisen.</translation>
    </message>
    <message>
        <source>Smsman or Smsls</source>
        <translation>Smsman oder Smsls</translation>
    </message>
    <message>
        <source>Reset Site Config Last Checked</source>
        <translation>„Site Config Last Checked“ zurücksetzen</translation>
    </message>
    <message>
        <source>Guest account</source>
        <translation>Gastkonto</translation>
    </message>
    <message>
        <source>Wait for the self-uninstall</source>
        <translation>Auf die Selbstdeinstallation warten</translation>
    </message>
    <message>
        <source>Run Smsman or Smsls on the orphaned clients; not for upgrade-blocked clients, nor for push-installed ones, which cannot recover automatically (Q236052, Q237759, Q235535).</source>
        <translation>Smsman oder Smsls auf den verwaisten Clients ausführen; nicht für Clients mit blockiertem Upgrade, auch nicht für per Push installierte, die sich nicht automatisch wiederherstellen können (Q236052, Q237759, Q235535).</translation>
    </message>
    <message>
        <source>Needs Logon Discovery or Windows Networking Logon Client Installation, neither of which site %1 has (Q236052).</source>
        <translation>Braucht Logon Discovery oder Windows Networking Logon Client Installation; Standort %1 hat keines von beiden (Q236052).</translation>
    </message>
    <message>
        <source>Set Site Config Last Checked older than 60 days on each client: needs local administrator rights; the client uninstalls itself and must then be reinstalled by an installation method (Q236052).</source>
        <translation>„Site Config Last Checked“ auf jedem Client älter als 60 Tage setzen: braucht lokale Administratorrechte; der Client deinstalliert sich selbst und muss dann über eine Installationsmethode neu installiert werden (Q236052).</translation>
    </message>
    <message>
        <source>First create a new account and delete the one the clients cannot use; then enable the Guest account for a short, bounded time only. Security exposure: a CAP is a domain controller, so the Guest account opens on the whole domain (Q236052).</source>
        <translation>Zuerst ein neues Konto anlegen und das löschen, das die Clients nicht nutzen können; dann das Gastkonto nur kurz und befristet aktivieren. Sicherheitsrisiko: Ein CAP ist ein Domänencontroller, also öffnet sich das Gastkonto für die ganze Domäne (Q236052).</translation>
    </message>
    <message>
        <source>First create a new account and delete the one the clients cannot use; then enable the Guest account on the CAP servers for a short, bounded time only. Security exposure (Q236052).</source>
        <translation>Zuerst ein neues Konto anlegen und das löschen, das die Clients nicht nutzen können; dann das Gastkonto auf den CAP-Servern nur kurz und befristet aktivieren. Sicherheitsrisiko (Q236052).</translation>
    </message>
    <message>
        <source>The orphaned clients uninstall themselves by %1 (Q227033); a client whose Site Config Last Checked value is missing never does (Q265358).</source>
        <translation>Die verwaisten Clients deinstallieren sich selbst bis %1 (Q227033); ein Client, dem der Wert „Site Config Last Checked“ fehlt, tut das nie (Q265358).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned client(s) never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</source>
        <translation>
            <numerusform>%Ln verwaister Client deinstalliert sich nie selbst: Ihm fehlt der Wert „Site Config Last Checked“ (Q265358).</numerusform>
            <numerusform>%Ln verwaiste Clients deinstallieren sich nie selbst: Ihnen fehlt der Wert „Site Config Last Checked“ (Q265358).</numerusform>
        </translation>
    </message>
    <message>
        <source>The others uninstall themselves by %1 (Q227033).</source>
        <translation>Die übrigen deinstallieren sich selbst bis %1 (Q227033).</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>no saved plan %1</source>
        <translation>kein gespeicherter Plan %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language and the formats of dates and numbers change when the console next starts.</source>
        <translation>Die Sprache und die Formate von Datum und Zahlen ändern sich beim nächsten Start der Konsole.</translation>
    </message>
</context>
<context>
    <name>QueryTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>RegFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>not a registry export: REGEDIT4 or "Windows Registry Editor Version 5.00" expected</source>
        <translation>kein Registrierungsexport: REGEDIT4 oder „Windows Registry Editor Version 5.00“ erwartet</translation>
    </message>
    <message>
        <source>a key line must end with "]"</source>
        <translation>eine Schlüsselzeile muss mit „]“ enden</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>leerer Schlüsselname</translation>
    </message>
    <message>
        <source>a value before any [key] line</source>
        <translation>ein Wert vor der ersten [Schlüssel]-Zeile</translation>
    </message>
    <message>
        <source>a value must start with "name"= or @=</source>
        <translation>ein Wert muss mit "Name"= oder @= beginnen</translation>
    </message>
    <message>
        <source>empty file: REGEDIT4 or "Windows Registry Editor Version 5.00" expected</source>
        <translation>leere Datei: REGEDIT4 oder „Windows Registry Editor Version 5.00“ erwartet</translation>
    </message>
</context>
<context>
    <name>RegistryEvidence</name>
    <message>
        <source>CAP list for site %1: "%2" names no server (a NAL path such as MSWNET:["SMS_SITE=%1"]\\SERVER\CAP_%1\ expected)</source>
        <translation>CAP-Liste für Standort %1: „%2“ nennt keinen Server (ein NAL-Pfad wie MSWNET:["SMS_SITE=%1"]\\SERVER\CAP_%1\ erwartet)</translation>
    </message>
    <message>
        <source>Site Config Last Checked: "%1" is not a time like 2000/06/13 06:28.53</source>
        <translation>Site Config Last Checked: „%1“ ist keine Zeit wie 2000/06/13 06:28.53</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>Site Config Last Checked: "%1" cannot be read in the time zone "%2" of site %3</source>
        <translation>Site Config Last Checked: „%1“ ist in der Zeitzone „%2“ des Standorts %3 nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2, superseded by the newer export %3</source>
        <translation>%1: %2, ersetzt durch den neueren Export %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln CAP(s)</source>
        <translation>
            <numerusform>%1: %Ln CAP</numerusform>
            <numerusform>%1: %Ln CAPs</numerusform>
        </translation>
    </message>
    <message>
        <source>, last refresh now %1</source>
        <translation>, letzte Aktualisierung jetzt %1</translation>
    </message>
    <message>
        <source>, no Site Config Last Checked: never removes itself (Q265358)</source>
        <translation>, kein Site Config Last Checked: entfernt sich nie selbst (Q265358)</translation>
    </message>
</context>
<context>
    <name>RowEditDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>site codes separated by ;</source>
        <translation>Standortcodes, durch ; getrennt</translation>
    </message>
    <message>
        <source>Add CAP</source>
        <translation>CAP hinzufügen</translation>
    </message>
    <message>
        <source>Edit CAP %1</source>
        <translation>CAP %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Konto %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add logon point</source>
        <translation>Anmeldepunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit logon point %1</source>
        <translation>Anmeldepunkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add blackout</source>
        <translation>Sperrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Edit blackout %1</source>
        <translation>Sperrzeit %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Client hinzufügen</translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation>Client %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Domäne hinzufügen</translation>
    </message>
    <message>
        <source>Edit domain %1</source>
        <translation>Domäne %1 bearbeiten</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>nicht entfernt</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nie aktualisiert</translation>
    </message>
    <message>
        <source>never changed</source>
        <translation>nie geändert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>As the panes show times (%1) or ISO 8601 (%2), in UTC</source>
        <translation>Wie die Bereiche Zeiten zeigen (%1) oder ISO 8601 (%2), in UTC</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>--map "%1": give FIELD=COLUMN, FIELD one of %2</source>
        <translation>--map „%1“: geben Sie FELD=SPALTE an, FELD eines von %2</translation>
    </message>
    <message>
        <source>--os "%1": give TEXT=FAMILY, FAMILY one of %2</source>
        <translation>--os „%1“: geben Sie TEXT=FAMILIE an, FAMILIE eine von %2</translation>
    </message>
    <message>
        <source>%1: no header line: the export is empty</source>
        <translation>%1: keine Kopfzeile: der Export ist leer</translation>
    </message>
    <message>
        <source>%1: the header has no tab or comma: save the result tab-separated (osql -s) or as CSV</source>
        <translation>%1: die Kopfzeile enthält weder Tabulator noch Komma: speichern Sie das Ergebnis tabulatorgetrennt (osql -s) oder als CSV</translation>
    </message>
    <message>
        <source>%1: column %2: not in the header (%3); name it with --map %4=COLUMN</source>
        <translation>%1: Spalte %2: nicht in der Kopfzeile (%3); benennen Sie sie mit --map %4=SPALTE</translation>
    </message>
    <message>
        <source>%1: column %2: %3</source>
        <translation>%1: Spalte %2: %3</translation>
    </message>
    <message>
        <source>"%1" is not 0 or 1</source>
        <translation>„%1“ ist nicht 0 oder 1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>no OS family for "%1"; map it with --os "%1=FAMILY" (FAMILY one of %2)</source>
        <translation>keine Betriebssystemfamilie für „%1“; ordnen Sie sie mit --os "%1=FAMILIE" zu (FAMILIE eine von %2)</translation>
    </message>
    <message>
        <source>"%1" is not a time such as 2026-11-30 12:00:00.000 or 2026-11-30T12:00:00Z</source>
        <translation>„%1“ ist keine Zeit wie 2026-11-30 12:00:00.000 oder 2026-11-30T12:00:00Z</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) where the header has %2</source>
        <translation>
            <numerusform>%1: %Ln Zelle, wo die Kopfzeile %2 hat</numerusform>
            <numerusform>%1: %Ln Zellen, wo die Kopfzeile %2 hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteFacts</name>
    <message>
        <source>unknown site "%1"</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
</context>
<context>
    <name>SiteImportWizard</name>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>The whole import, rolled back: what it would change. Nothing is written yet.</source>
        <translation>Der ganze Import, zurückgerollt: was er ändern würde. Noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Dry run progress</source>
        <translation>Fortschritt des Probelaufs</translation>
    </message>
    <message>
        <source>Refused lines</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft …</translation>
    </message>
    <message>
        <source>The export cannot be imported:
%1</source>
        <translation>Der Export kann nicht importiert werden:
%1</translation>
    </message>
    <message>
        <source>Would change: %1.

These rows are refused, so nothing can be imported until they are fixed (go back to map them) or removed:</source>
        <translation>Würde ändern: %1.

Diese Zeilen werden abgelehnt, daher kann nichts importiert werden, bis sie korrigiert (gehen Sie zurück, um sie zuzuordnen) oder entfernt sind:</translation>
    </message>
    <message>
        <source>Would change: %1.

Import now writes exactly this, in one transaction.</source>
        <translation>Würde ändern: %1.

„Importieren“ schreibt jetzt genau dies, in einer Transaktion.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported; the inventory is unchanged.

%1</source>
        <translation>Nichts wurde importiert; das Inventar ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Computer &amp;name:</source>
        <translation>Computer&amp;name:</translation>
    </message>
    <message>
        <source>Client &amp;version:</source>
        <translation>Client&amp;version:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>Installed &amp;sites:</source>
        <translation>Installierte &amp;Standorte:</translation>
    </message>
    <message>
        <source>Is a &amp;client (0 or 1):</source>
        <translation>Ist ein &amp;Client (0 oder 1):</translation>
    </message>
    <message>
        <source>Latest &amp;heartbeat:</source>
        <translation>Letzter &amp;Heartbeat:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>The column of the export that holds each field. The choices are remembered for the next import.</source>
        <translation>Die Spalte des Exports, die das jeweilige Feld enthält. Die Auswahl wird für den nächsten Import gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Profile of new clients:</source>
        <translation>&amp;Profil neuer Clients:</translation>
    </message>
    <message>
        <source>Profile of new clients</source>
        <translation>Profil neuer Clients</translation>
    </message>
    <message>
        <source>Time zone of times without one</source>
        <translation>Zeitzone für Zeiten ohne Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone of times without one:</source>
        <translation>&amp;Zeitzone für Zeiten ohne Zeitzone:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>The family of each operating system the export names. The choices are remembered for the next import.</source>
        <translation>Die Familie jedes Betriebssystems, das der Export nennt. Die Auswahl wird für den nächsten Import gespeichert.</translation>
    </message>
    <message>
        <source>Operating systems and their families</source>
        <translation>Betriebssysteme und ihre Familien</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Der Export wird gelesen …</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Familie von %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>The export names no operating system of a client.</source>
        <translation>Der Export nennt kein Betriebssystem eines Clients.</translation>
    </message>
    <message>
        <source>%1 distinct operating system text(s).</source>
        <translation>Verschiedene Betriebssystemtexte: %1.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>%1: the first %2 rows as read, %3 columns separated by tabs.</source>
        <translation>%1: die ersten %2 Zeilen wie gelesen, %3 Spalten durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>%1: the first %2 rows as read, %3 columns separated by commas.</source>
        <translation>%1: die ersten %2 Zeilen wie gelesen, %3 Spalten durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No .reg files were found.</source>
        <translation>Es wurden keine .reg-Dateien gefunden.</translation>
    </message>
    <message>
        <source>The first registry exports found:</source>
        <translation>Die ersten gefundenen Registrierungsexporte:</translation>
    </message>
    <message>
        <source>Import from Site</source>
        <translation>Vom Standort importieren</translation>
    </message>
    <message>
        <source>&amp;Site database export: a query result saved as CSV or tab-separated text (osql, Query Analyzer)</source>
        <translation>Export der &amp;Standortdatenbank: ein als CSV oder tabulatorgetrennter Text gespeichertes Abfrageergebnis (osql, Query Analyzer)</translation>
    </message>
    <message>
        <source>Client &amp;registry exports: .reg files written by regedit /e, or folders of them</source>
        <translation>&amp;Registrierungsexporte der Clients: mit regedit /e geschriebene .reg-Dateien oder Ordner davon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What the site already knows about its clients: docs/SITE_DATABASE.md gives the query to run on the site database, docs/EVIDENCE.md the logon-script line that collects the registry exports.</source>
        <translation>Was der Standort bereits über seine Clients weiß: docs/SITE_DATABASE.md nennt die Abfrage, die Sie auf der Standortdatenbank ausführen, docs/EVIDENCE.md die Zeile für das Anmeldeskript, die die Registrierungsexporte sammelt.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Registry exports</source>
        <translation>Registrierungsexporte</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>E&amp;xportdatei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Da&amp;teien hinzufügen …</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Site database export</source>
        <translation>Export der Standortdatenbank</translation>
    </message>
    <message>
        <source>Query results (*.csv *.txt *.tsv *.rpt);;All files (*)</source>
        <translation>Abfrageergebnisse (*.csv *.txt *.tsv *.rpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Registry files (*.reg);;All files (*)</source>
        <translation>Registrierungsdateien (*.reg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of registry exports</source>
        <translation>Ordner mit Registrierungsexporten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read</source>
        <translation>
            <numerusform>%Ln Datei gelesen</numerusform>
            <numerusform>%Ln Dateien gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) with evidence</source>
        <translation>
            <numerusform>%Ln Client mit Nachweis</numerusform>
            <numerusform>%Ln Clients mit Nachweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln CAP(s) held</source>
        <translation>
            <numerusform>%Ln CAP in Client-Listen</numerusform>
            <numerusform>%Ln CAPs in Client-Listen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln last refresh(es) moved forward</source>
        <translation>
            <numerusform>%Ln letzte Aktualisierung vorgerückt</numerusform>
            <numerusform>%Ln letzte Aktualisierungen vorgerückt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) that never remove themselves</source>
        <translation>
            <numerusform>%Ln Client ohne Selbstentfernung</numerusform>
            <numerusform>%Ln Clients ohne Selbstentfernung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed server(s) the inventory does not hold</source>
        <translation>
            <numerusform>%Ln Server aus den Listen nicht im Inventar</numerusform>
            <numerusform>%Ln Server aus den Listen nicht im Inventar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of unknown clients (skipped)</source>
        <translation>
            <numerusform>%Ln Datei unbekannter Clients (übersprungen)</numerusform>
            <numerusform>%Ln Dateien unbekannter Clients (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) superseded by a newer export of the same client</source>
        <translation>
            <numerusform>%Ln Datei durch einen neueren Export desselben Clients ersetzt</numerusform>
            <numerusform>%Ln Dateien durch einen neueren Export desselben Clients ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>--profile: unknown disconnection profile "%1"</source>
        <translation>--profile: unbekanntes Verbindungsprofil „%1“</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1:%2: column %3: unknown site "%4"; add the site to the inventory first</source>
        <translation>%1:%2: Spalte %3: unbekannter Standort „%4“; fügen Sie den Standort zuerst dem Inventar hinzu</translation>
    </message>
    <message>
        <source>client "%1" vanished during the import</source>
        <translation>Client „%1“ ist während des Imports verschwunden</translation>
    </message>
    <message>
        <source>%L1 new, %L2 updated, %L3 refresh moved forward, %L4 unchanged, %L5 skipped (no client), %L6 refused</source>
        <comment>site import counts</comment>
        <translation>%L1 neu, %L2 aktualisiert, %L3 mit vorgezogener Aktualisierung, %L4 unverändert, %L5 übersprungen (kein Client), %L6 abgelehnt</translation>
    </message>
</context>
<context>
    <name>SiteTreeModel</name>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>%1 (%2; %3 with child sites)</source>
        <translation>%1 (%2; %3 mit untergeordneten Standorten)</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen …)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) at this site</source>
        <translation>
            <numerusform>%Ln Client an diesem Standort</numerusform>
            <numerusform>%Ln Clients an diesem Standort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) with its child sites</source>
        <translation>
            <numerusform>%Ln Client mit seinen untergeordneten Standorten</numerusform>
            <numerusform>%Ln Clients mit seinen untergeordneten Standorten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePicture</name>
    <message>
        <source>safe removal %1</source>
        <translation>sicheres Entfernen %1</translation>
    </message>
    <message>
        <source>proposed removal %1</source>
        <translation>vorgeschlagenes Entfernen %1</translation>
    </message>
    <message>
        <source>No client can be sure of the new list: the plan removes everything.</source>
        <translation>Kein Client kann die neue Liste sicher haben: Der Plan entfernt alles.</translation>
    </message>
    <message>
        <source>Share of in-scope clients safe from orphaning (times in UTC)</source>
        <translation>Anteil der betroffenen Clients, die nicht verwaisen können (Zeiten in UTC)</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>the transaction is no longer open</source>
        <translation>die Transaktion ist nicht mehr offen</translation>
    </message>
</context>
<context>
    <name>TransitionPlanner</name>
    <message>
        <source>name at least one CAP or account to retire</source>
        <translation>nennen Sie mindestens einen CAP oder ein Konto zum Ausmustern</translation>
    </message>
    <message>
        <source>"%1" is both retired and added</source>
        <translation>„%1“ wird zugleich ausgemustert und hinzugefügt</translation>
    </message>
    <message>
        <source>The plan retires every %1 the clients know and adds none: every pending client would be orphaned, so no removal time is safe (Q260824). Add the new ones first.</source>
        <translation>Der Plan mustert jedes Objekt vom Typ %1 aus, das die Clients kennen, und fügt keines hinzu: Jeder ausstehende Client würde verwaisen, daher ist keine Entfernungszeit sicher (Q260824). Fügen Sie zuerst die neuen hinzu.</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Not yet in the inventory of site %1: %2. Add them before the start.</source>
        <translation>Noch nicht im Inventar von Standort %1: %2. Fügen Sie sie vor dem Beginn hinzu.</translation>
    </message>
    <message>
        <source>"%1" is not a CAP of site %2</source>
        <translation>„%1“ ist kein CAP von Standort %2</translation>
    </message>
    <message>
        <source>"%1" is not a client connection account of site %2</source>
        <translation>„%1“ ist kein Client-Verbindungskonto von Standort %2</translation>
    </message>
    <message>
        <source>"%1" is not a live CAP of site %2 at the start %3 (%4)</source>
        <translation>„%1“ ist zum Beginn %3 kein CAP in Betrieb an Standort %2 (%4)</translation>
    </message>
    <message>
        <source>"%1" is not a live client connection account of site %2 at the start %3 (%4)</source>
        <translation>„%1“ ist zum Beginn %3 kein Client-Verbindungskonto in Betrieb an Standort %2 (%4)</translation>
    </message>
    <message>
        <source>"%1" cannot be added: it goes live only after the start %2 (%3); start the plan then or later</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Es geht erst nach dem Beginn %2 in Betrieb (%3); beginnen Sie den Plan dann oder später</translation>
    </message>
    <message>
        <source>"%1" cannot be added: it is no longer live at the start %2 (%3)</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Es ist zum Beginn %2 nicht mehr in Betrieb (%3)</translation>
    </message>
    <message>
        <source>The plan changes disconnection profiles the inventory does not have: %1. No client uses them.</source>
        <translation>Der Plan ändert Verbindungsprofile, die das Inventar nicht hat: %1. Kein Client verwendet sie.</translation>
    </message>
    <message>
        <source>added %1, removed %2</source>
        <translation>hinzugefügt %1, entfernt %2</translation>
    </message>
    <message>
        <source>added %1, never removed</source>
        <translation>hinzugefügt %1, nie entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending client(s) without a disconnection profile: planned with the longest disconnection of all profiles, %1 hours.</source>
        <translation>
            <numerusform>%Ln ausstehender Client ohne Verbindungsprofil: mit der längsten Trennung aller Profile geplant, %1 Stunden.</numerusform>
            <numerusform>%Ln ausstehende Clients ohne Verbindungsprofil: mit der längsten Trennung aller Profile geplant, %1 Stunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionReport</name>
    <message>
        <source>CAPs</source>
        <translation>CAPs</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: kann das PDF nicht schreiben</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Möglichkeit</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>Wann sie zutrifft</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Run Smsman or Smsls on the client</source>
        <translation>Smsman oder Smsls auf dem Client ausführen</translation>
    </message>
    <message>
        <source>Where the site has Logon Client Installation; not for push-installed clients that never log on to it, nor for upgrade-blocked clients after a site upgrade</source>
        <translation>Wo der Standort die Clientinstallation bei der Anmeldung hat; nicht für per Push installierte Clients, die sich nie dort anmelden, und nicht für Clients mit blockiertem Upgrade nach einem Standort-Upgrade</translation>
    </message>
    <message>
        <source>Set Site Config Last Checked older than 60 days</source>
        <translation>„Site Config Last Checked“ älter als 60 Tage setzen</translation>
    </message>
    <message>
        <source>Enable the Guest account on the CAP servers</source>
        <translation>Das Gastkonto auf den CAP-Servern aktivieren</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>CAP transition at site %1</source>
        <translation>CAP-Wechsel an Standort %1</translation>
    </message>
    <message>
        <source>Client connection account transition at site %1</source>
        <translation>Wechsel der Client-Verbindungskonten an Standort %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Start (new %1 live)</source>
        <translation>Beginn (neue %1 in Betrieb)</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>propagation %1 h, CCIM cycle %2 h, retry %3 min, margin %4 h</source>
        <translation>Weitergabe %1 h, CCIM-Zyklus %2 h, Wiederholung %3 min, Zuschlag %4 h</translation>
    </message>
    <message>
        <source>Safe removal date</source>
        <translation>Sicherer Entfernungszeitpunkt</translation>
    </message>
    <message>
        <source>None: the plan removes every %1 the clients know and adds none, so every pending client would be orphaned (Q260824).</source>
        <translation>Keiner: Der Plan entfernt jedes Objekt vom Typ %1, das die Clients kennen, und fügt keines hinzu, daher würde jeder ausstehende Client verwaisen (Q260824).</translation>
    </message>
    <message>
        <source>Timeline of the clients sure to hold the new list</source>
        <translation>Zeitleiste der Clients, die die neue Liste sicher haben</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Pending (must refresh before removal)</source>
        <translation>Ausstehend (müssen sich vor dem Entfernen aktualisieren)</translation>
    </message>
    <message>
        <source>Confirmed (already hold the new list)</source>
        <translation>Bestätigt (haben die neue Liste bereits)</translation>
    </message>
    <message>
        <source>Stale (uninstalled themselves, Q227033)</source>
        <translation>Veraltet (haben sich selbst deinstalliert, Q227033)</translation>
    </message>
    <message>
        <source>Unaffected (Windows 9x in an account transition, Q237759)</source>
        <translation>Nicht betroffen (Windows 9x bei einem Kontenwechsel, Q237759)</translation>
    </message>
    <message>
        <source>At risk if removed at %1</source>
        <translation>Gefährdet bei Entfernen um %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>(no profile: the longest of all)</source>
        <translation>(kein Profil: die längste von allen)</translation>
    </message>
    <message>
        <source>Pending clients by disconnection profile</source>
        <translation>Ausstehende Clients nach Verbindungsprofil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pending clients</source>
        <translation>Ausstehende Clients</translation>
    </message>
    <message>
        <source>Sure to hold the new list by</source>
        <translation>Haben die neue Liste sicher bis</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Upgrade blocks (Boot32wn, Q262677):</source>
        <translation>Upgrade-Blockaden (Boot32wn, Q262677):</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client version</source>
        <translation>Client-Version</translation>
    </message>
    <message>
        <source>Logon point</source>
        <translation>Anmeldepunkt</translation>
    </message>
    <message>
        <source>Clicore version</source>
        <translation>Clicore-Version</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Logon point assignment:</source>
        <translation>Zuordnung zu Anmeldepunkten:</translation>
    </message>
    <message>
        <source>every site at the site's logon points is at the newest version.</source>
        <translation>jeder Standort an den Anmeldepunkten des Standorts hat die neueste Version.</translation>
    </message>
    <message>
        <source>these sites get no new clients through the logon point.</source>
        <translation>diese Standorte erhalten über den Anmeldepunkt keine neuen Clients.</translation>
    </message>
    <message>
        <source>Site version</source>
        <translation>Standortversion</translation>
    </message>
    <message>
        <source>Newest site there</source>
        <translation>Neuester Standort dort</translation>
    </message>
    <message>
        <source>Licences (Q208618):</source>
        <translation>Lizenzen (Q208618):</translation>
    </message>
    <message>
        <source>no per-server CAP left short of licences at the morning peak.</source>
        <translation>kein CAP im Modus „pro Server“ hat zur morgendlichen Spitzenzeit zu wenige Lizenzen.</translation>
    </message>
    <message>
        <source>these per-server CAPs will refuse connections at the morning peak.</source>
        <translation>diese CAPs im Modus „pro Server“ werden zur morgendlichen Spitzenzeit Verbindungen ablehnen.</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Expected connections</source>
        <translation>Erwartete Verbindungen</translation>
    </message>
    <message>
        <source>No automatic recovery:</source>
        <translation>Keine automatische Wiederherstellung:</translation>
    </message>
    <message>
        <source>%1 pending clients could not recover by themselves if orphaned.</source>
        <translation>%1 ausstehende Clients könnten sich verwaist nicht selbst wiederherstellen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Clients still unconfirmed at removal</source>
        <translation>Beim Entfernen noch unbestätigte Clients</translation>
    </message>
    <message>
        <source>The rules behind this plan</source>
        <translation>Die Regeln hinter diesem Plan</translation>
    </message>
    <message>
        <source>Q260824 (gradual transition), Q231232 (23-hour CCIM cycle), Q278856 (propagation), Q236052 and Q227033 (hourly retries, 60-day self-uninstall), Q262677 and Q213410 (version significance), Q208618, Q226113 and Q205406 (CAP selection and licences), Q237759 (accounts and Windows 9x).</source>
        <translation>Q260824 (schrittweiser Wechsel), Q231232 (23-Stunden-CCIM-Zyklus), Q278856 (Weitergabe), Q236052 und Q227033 (stündliche Wiederholungen, Selbstdeinstallation nach 60 Tagen), Q262677 und Q213410 (wesentliche Versionen), Q208618, Q226113 und Q205406 (CAP-Auswahl und Lizenzen), Q237759 (Konten und Windows 9x).</translation>
    </message>
    <message>
        <source>What if the password of %1 changes at site %2</source>
        <translation>Was, wenn sich das Kennwort von %1 an Standort %2 ändert</translation>
    </message>
    <message>
        <source>Password change at</source>
        <translation>Kennwortänderung um</translation>
    </message>
    <message>
        <source>Orphaned: no valid account left (Q227033)</source>
        <translation>Verwaist: kein gültiges Konto mehr (Q227033)</translation>
    </message>
    <message>
        <source>Fallback: reach a CAP through another account</source>
        <translation>Ausweichend: erreichen einen CAP über ein anderes Konto</translation>
    </message>
    <message>
        <source>Unaffected</source>
        <translation>Nicht betroffen</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>All fallback clients learn the change by %1.</source>
        <translation>Alle ausweichenden Clients lernen die Änderung bis %1.</translation>
    </message>
    <message>
        <source>No client falls back on another account.</source>
        <translation>Kein Client weicht auf ein anderes Konto aus.</translation>
    </message>
    <message>
        <source>Lockout forecast (Q227033, Q237759)</source>
        <translation>Sperrprognose (Q227033, Q237759)</translation>
    </message>
    <message>
        <source>Account lockout is off in the site's domain.</source>
        <translation>Die Kontosperrung ist in der Domäne des Standorts aus.</translation>
    </message>
    <message>
        <source>No client holds the old password: no lockout.</source>
        <translation>Kein Client hat das alte Kennwort: keine Sperrung.</translation>
    </message>
    <message>
        <source>With a threshold of %1 bad attempts the account locks from %2 and re-locks after every unlock until %3.</source>
        <translation>Bei einer Schwelle von %1 Fehlversuchen ist das Konto ab %2 gesperrt und wird nach jeder Entsperrung erneut gesperrt, bis %3.</translation>
    </message>
    <message>
        <source>The orphaned clients uninstall themselves by %1.</source>
        <translation>Die verwaisten Clients deinstallieren sich selbst bis %1.</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Recovery options</source>
        <translation>Wiederherstellungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Trifft zu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The safer alternative (Q237759)</source>
        <translation>Die sicherere Alternative (Q237759)</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Add a new account every %1 days and keep %2 accounts valid at all times.</source>
        <translation>Alle %1 Tage ein neues Konto hinzufügen und jederzeit %2 Konten gültig halten.</translation>
    </message>
    <message>
        <source>%1: unknown report format; use .pdf, .html or .csv</source>
        <translation>%1: unbekanntes Berichtsformat; verwenden Sie .pdf, .html oder .csv</translation>
    </message>
    <message>
        <source>Transition plan</source>
        <translation>Wechselplan</translation>
    </message>
    <message>
        <source>%1: a what-if report is written as .pdf or .html</source>
        <translation>%1: ein Was-wäre-wenn-Bericht wird als .pdf oder .html geschrieben</translation>
    </message>
    <message>
        <source>Password what-if</source>
        <translation>Kennwort-Was-wäre-wenn</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Local administrator on every client: the client uninstalls itself and must then be reinstalled by an installation method</source>
        <translation>Lokaler Administrator auf jedem Client: Der Client deinstalliert sich selbst und muss dann über eine Installationsmethode neu installiert werden</translation>
    </message>
    <message>
        <source>First create a new account and delete the one the clients cannot use; then enable Guest for a short, bounded time only: a security exposure, on the whole domain when a CAP is a domain controller</source>
        <translation>Zuerst ein neues Konto anlegen und das löschen, das die Clients nicht nutzen können; dann Gast nur kurz und befristet aktivieren: ein Sicherheitsrisiko, für die ganze Domäne, wenn ein CAP ein Domänencontroller ist</translation>
    </message>
    <message>
        <source>The orphan uninstalls itself 60 days after its last refresh (never when its Site Config Last Checked value is missing); reinstall it then</source>
        <translation>Der verwaiste Client deinstalliert sich 60 Tage nach seiner letzten Aktualisierung selbst (nie, wenn sein Wert „Site Config Last Checked“ fehlt); installieren Sie ihn dann neu</translation>
    </message>
    <message>
        <source>Exposed (pending, know no %1 that stays: these set the safe date)</source>
        <translation>Ungeschützt (ausstehend, kennen kein bleibendes %1: sie bestimmen den sicheren Zeitpunkt)</translation>
    </message>
    <message>
        <source>Covered (pending, know a %1 that stays: never at risk)</source>
        <translation>Abgedeckt (ausstehend, kennen ein bleibendes %1: nie gefährdet)</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <source>%1 pending clients are significantly older than the SP2 or later Clicore of a logon point of the site.</source>
        <translation>%1 ausstehende Clients sind wesentlich älter als der Clicore ab SP2 eines Anmeldepunkts des Standorts.</translation>
    </message>
    <message>
        <source>No rotation is needed: the domain's passwords never expire (maximum password age 0, Q237759).</source>
        <translation>Keine Rotation nötig: Die Kennwörter der Domäne laufen nie ab (höchstes Kennwortalter 0, Q237759).</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>CAP transition retiring %1</source>
        <translation>CAP-Wechsel, der %1 ausmustert</translation>
    </message>
    <message>
        <source>account transition retiring %1</source>
        <translation>Kontenwechsel, der %1 ausmustert</translation>
    </message>
    <message>
        <source>what if the password of %1 changes</source>
        <translation>was, wenn sich das Kennwort von %1 ändert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned client(s) never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</source>
        <translation>
            <numerusform>%Ln verwaister Client deinstalliert sich nie selbst: Ihm fehlt der Wert „Site Config Last Checked“ (Q265358).</numerusform>
            <numerusform>%Ln verwaiste Clients deinstallieren sich nie selbst: Ihnen fehlt der Wert „Site Config Last Checked“ (Q265358).</numerusform>
        </translation>
    </message>
    <message>
        <source>The other orphaned clients uninstall themselves by %1.</source>
        <translation>Die übrigen verwaisten Clients deinstallieren sich selbst bis %1.</translation>
    </message>
    <message>
        <source>Do not change the password in place. Add a new account, %1, at %2 and remove %3 at %4, its safe removal time.</source>
        <translation>Das Kennwort nicht an Ort und Stelle ändern. Ein neues Konto, %1, um %2 hinzufügen und %3 um %4 entfernen, seinem sicheren Entfernungszeitpunkt.</translation>
    </message>
</context>
<context>
    <name>TransitionWizard</name>
    <message>
        <source>&amp;CAP replacement</source>
        <translation>&amp;CAP-Ersatz</translation>
    </message>
    <message>
        <source>Client connection &amp;account replacement</source>
        <translation>Ersatz der Client-Verbindungs&amp;konten</translation>
    </message>
    <message>
        <source>Site and kind</source>
        <translation>Standort und Art</translation>
    </message>
    <message>
        <source>Replace CAPs or connection accounts gradually, keeping the old ones until every client holds the new list (Q260824).</source>
        <translation>CAPs oder Verbindungskonten schrittweise ersetzen und die alten behalten, bis jeder Client die neue Liste hat (Q260824).</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Retire and add</source>
        <translation>Ausmustern und hinzufügen</translation>
    </message>
    <message>
        <source>Tick the live ones to retire; name the new ones, from the inventory or new.</source>
        <translation>Haken Sie die auszumusternden in Betrieb befindlichen an; nennen Sie die neuen, aus dem Inventar oder neu.</translation>
    </message>
    <message>
        <source>To retire</source>
        <translation>Auszumustern</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <source>new names, separated by commas</source>
        <translation>neue Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Known in the inventory</source>
        <translation>Im Inventar bekannt</translation>
    </message>
    <message>
        <source>A&amp;dd from inventory</source>
        <translation>Aus dem Inventar &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Retire:</source>
        <translation>&amp;Ausmustern:</translation>
    </message>
    <message>
        <source>A&amp;dd:</source>
        <translation>Hin&amp;zufügen:</translation>
    </message>
    <message>
        <source>Tick at least one to retire.</source>
        <translation>Haken Sie mindestens einen zum Ausmustern an.</translation>
    </message>
    <message>
        <source>This would remove every %1 the clients know and add none: every client would be orphaned (Q260824). Add the new ones first.</source>
        <translation>Dies würde jedes Objekt vom Typ %1 entfernen, das die Clients kennen, und keines hinzufügen: Jeder Client würde verwaisen (Q260824). Fügen Sie zuerst die neuen hinzu.</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Start and disconnection periods</source>
        <translation>Beginn und Trennungszeiten</translation>
    </message>
    <message>
        <source>How long clients are normally off decides how long the old ones must stay. Changes here apply to this plan only.</source>
        <translation>Wie lange Clients normalerweise getrennt sind, bestimmt, wie lange die alten bleiben müssen. Änderungen hier gelten nur für diesen Plan.</translation>
    </message>
    <message>
        <source>Disconnection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Longest off (hours)</source>
        <translation>Längste Trennung (Stunden)</translation>
    </message>
    <message>
        <source>Blackouts</source>
        <translation>Sperrzeiten</translation>
    </message>
    <message>
        <source>&amp;Start (new ones live):</source>
        <translation>&amp;Beginn (neue in Betrieb):</translation>
    </message>
    <message>
        <source>&amp;Propagation to the CAPs (hours):</source>
        <translation>&amp;Weitergabe an die CAPs (Stunden):</translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Inbox Manager copies the new lists to every CAP (Q278856).</source>
        <translation>Der Inbox Manager kopiert die neuen Listen auf jeden CAP (Q278856).</translation>
    </message>
    <message>
        <source>CCIM &amp;cycle (hours):</source>
        <translation>CCIM-&amp;Zyklus (Stunden):</translation>
    </message>
    <message>
        <source>CCIM cycle</source>
        <translation>CCIM-Zyklus</translation>
    </message>
    <message>
        <source>Clients refresh their site configuration every 23 hours; a missed cycle runs at the next power-up or logon (Q231232).</source>
        <translation>Clients aktualisieren ihre Standortkonfiguration alle 23 Stunden; ein versäumter Zyklus läuft beim nächsten Einschalten oder bei der nächsten Anmeldung (Q231232).</translation>
    </message>
    <message>
        <source>&amp;Retry (minutes):</source>
        <translation>&amp;Wiederholung (Minuten):</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>A client that reaches no CAP retries every 60 minutes (Q236052, Q227033).</source>
        <translation>Ein Client, der keinen CAP erreicht, versucht es alle 60 Minuten erneut (Q236052, Q227033).</translation>
    </message>
    <message>
        <source>Safety &amp;margin (hours):</source>
        <translation>Sicherheits&amp;zuschlag (Stunden):</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <source>Added to the safe removal time.</source>
        <translation>Wird zum sicheren Entfernungszeitpunkt addiert.</translation>
    </message>
    <message>
        <source>&amp;Keep these periods in the inventory</source>
        <translation>Diese Zeiten im Inventar &amp;behalten</translation>
    </message>
    <message>
        <source>Changes made here are for this plan only, unless kept; Edit &gt; Undo takes them back.</source>
        <translation>Änderungen hier gelten nur für diesen Plan, wenn sie nicht behalten werden; Bearbeiten &gt; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Keep periods</source>
        <translation>Zeiten behalten</translation>
    </message>
    <message>
        <source>Edit for this plan only; the inventory keeps %1 h.</source>
        <translation>Nur für diesen Plan bearbeiten; das Inventar behält %1 h.</translation>
    </message>
    <message>
        <source>Proposed removal</source>
        <translation>Vorgeschlagenes Entfernen</translation>
    </message>
    <message>
        <source>Safe removal date</source>
        <translation>Sicherer Entfernungszeitpunkt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Clients at risk</source>
        <translation>Gefährdete Clients</translation>
    </message>
    <message>
        <source>&amp;Proposed removal:</source>
        <translation>&amp;Vorgeschlagenes Entfernen:</translation>
    </message>
    <message>
        <source>Safe to remove from %1</source>
        <translation>Sicher zu entfernen ab %1</translation>
    </message>
    <message>
        <source>⚠ No removal time is safe: the plan orphans every pending client</source>
        <translation>⚠ Keine Entfernungszeit ist sicher: Der Plan verwaist jeden ausstehenden Client</translation>
    </message>
    <message>
        <source>nobody at risk at the safe date</source>
        <translation>niemand gefährdet zum sicheren Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 (%2, sure by %3)</source>
        <translation>%1 (%2, sicher bis %3)</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>What could still go wrong: expand a flag to see who.</source>
        <translation>Was noch schiefgehen könnte: Klappen Sie einen Hinweis auf, um zu sehen, wen er betrifft.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upgrade blocks at a logon point (Boot32wn, Q262677)</source>
        <translation>Upgrade-Blockaden an einem Anmeldepunkt (Boot32wn, Q262677)</translation>
    </message>
    <message>
        <source>%1 against Clicore %2 at %3</source>
        <translation>%1 gegenüber Clicore %2 an %3</translation>
    </message>
    <message>
        <source>Sites that get no new clients at a shared logon point</source>
        <translation>Standorte, die an einem gemeinsamen Anmeldepunkt keine neuen Clients erhalten</translation>
    </message>
    <message>
        <source>%1 at %2, whose newest site is at %3</source>
        <translation>%1 an %2, dessen neuester Standort %3 hat</translation>
    </message>
    <message>
        <source>Per-server licence shortfalls after removal (Q208618)</source>
        <translation>Lizenzmangel „pro Server“ nach dem Entfernen (Q208618)</translation>
    </message>
    <message>
        <source>%1 licences, %2 connections expected at peak</source>
        <translation>%1 Lizenzen, %2 Verbindungen zur Spitzenzeit erwartet</translation>
    </message>
    <message>
        <source>Pending clients without automatic recovery</source>
        <translation>Ausstehende Clients ohne automatische Wiederherstellung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Saved as plan %1.</source>
        <translation>Als Plan %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV, eine Zeile je Client (*.csv)</translation>
    </message>
    <message>
        <source>Unchanged since the plan was saved.</source>
        <translation>Unverändert seit dem Speichern des Plans.</translation>
    </message>
    <message>
        <source>The inventory changed since the plan was saved: the safe date was %1, it is now %2.</source>
        <translation>Das Inventar hat sich seit dem Speichern des Plans geändert: Der sichere Zeitpunkt war %1, jetzt ist er %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Plan a transition</source>
        <translation>Einen Wechsel planen</translation>
    </message>
    <message>
        <source>Open the wizard from the console to change the inventory.</source>
        <translation>Öffnen Sie den Assistenten aus der Konsole, um das Inventar zu ändern.</translation>
    </message>
    <message>
        <source>Keep the plan's disconnection periods</source>
        <translation>Die Trennungszeiten des Plans behalten</translation>
    </message>
    <message>
        <source>The plan is still being computed.</source>
        <translation>Der Plan wird noch berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) at risk</source>
        <translation>
            <numerusform>%Ln Client gefährdet</numerusform>
            <numerusform>%Ln Clients gefährdet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 clients must learn the change: %2 pending, %3 confirmed. Left out: %4 stale, %5 unaffected.</source>
        <translation>%1 Clients müssen den Wechsel erfahren: %2 ausstehend, %3 bestätigt. Nicht gezählt: %4 veraltet, %5 nicht betroffen.</translation>
    </message>
    <message>
        <source>Of the pending clients, %1 are exposed and set the safe date.</source>
        <translation>Von den ausstehenden Clients sind %1 ungeschützt und bestimmen den sicheren Zeitpunkt.</translation>
    </message>
    <message>
        <source>Close the wizard and discard this plan?</source>
        <translation>Den Assistenten schließen und diesen Plan verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Removing at %1 orphans %Ln client(s): safe only from %2</source>
        <translation>
            <numerusform>⚠ Entfernen am %1 verwaist %Ln Client: sicher erst ab %2</numerusform>
            <numerusform>⚠ Entfernen am %1 verwaist %Ln Clients: sicher erst ab %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From the inventory:</source>
        <translation>&amp;Aus dem Inventar:</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln licence(s) per server</source>
        <translation>
            <numerusform>%Ln Lizenz pro Server</numerusform>
            <numerusform>%Ln Lizenzen pro Server</numerusform>
        </translation>
    </message>
    <message>
        <source>per seat</source>
        <translation>pro Arbeitsplatz</translation>
    </message>
    <message>
        <source>Clients without a profile are given the longest disconnection of any profile in this plan.</source>
        <translation>Clients ohne Profil erhalten die längste Trennung aller Profile dieses Plans.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>longest of this plan</source>
        <translation>längste dieses Plans</translation>
    </message>
    <message>
        <source>&amp;Add blackout</source>
        <translation>Sperrzeit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a period when all the profile's clients are off</source>
        <translation>Einen Zeitraum hinzufügen, in dem alle Clients des Profils ausgeschaltet sind</translation>
    </message>
    <message>
        <source>Select the profile to edit its blackouts below, for this plan only.</source>
        <translation>Wählen Sie das Profil, um unten seine Sperrzeiten zu bearbeiten, nur für diesen Plan.</translation>
    </message>
    <message>
        <source>Clients without a profile have no blackouts of their own.</source>
        <translation>Clients ohne Profil haben keine eigenen Sperrzeiten.</translation>
    </message>
    <message>
        <source>Blackouts of %1 (periods when all its clients are off), for this plan:</source>
        <translation>Sperrzeiten von %1 (Zeiträume, in denen alle seine Clients ausgeschaltet sind), für diesen Plan:</translation>
    </message>
    <message>
        <source>Blackout start</source>
        <translation>Beginn der Sperrzeit</translation>
    </message>
    <message>
        <source>Blackout end</source>
        <translation>Ende der Sperrzeit</translation>
    </message>
    <message>
        <source>Blackout label</source>
        <translation>Bezeichnung der Sperrzeit</translation>
    </message>
    <message>
        <source>Remove this blackout from the plan</source>
        <translation>Diese Sperrzeit aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Blackout %1 of %2 ends at %3, not after its start at %4: set its end after its start. Until then this plan uses %2's blackouts from the inventory.</source>
        <translation>Sperrzeit %1 von %2 endet am %3, nicht nach ihrem Beginn am %4: Legen Sie ihr Ende nach ihren Beginn. Bis dahin verwendet dieser Plan die Sperrzeiten von %2 aus dem Inventar.</translation>
    </message>
    <message>
        <source>Saved plan and exported report</source>
        <translation>Plan gespeichert und Bericht exportiert</translation>
    </message>
    <message>
        <source>Report written to %1. &lt;a href="%2"&gt;Open folder&lt;/a&gt;</source>
        <translation>Bericht nach %1 geschrieben. &lt;a href="%2"&gt;Ordner öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>VersionChart</name>
    <message>
        <source>Clients by version</source>
        <translation>Clients nach Version</translation>
    </message>
    <message>
        <source>RTM</source>
        <translation>RTM</translation>
    </message>
    <message>
        <source>Service Pack %1</source>
        <translation>Service Pack %1</translation>
    </message>
    <message>
        <source>%1 ⚠ blocked</source>
        <translation>%1 ⚠ blockiert</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Clients by version, coloured by service pack; hatched ⚠: upgrade-blocked at a logon point of their site (Q262677). Click a bar to list its clients, its hatched part to list the blocked ones.</source>
        <translation>Clients nach Version, gefärbt nach Service Pack; schraffiert ⚠: Upgrade an einem Anmeldepunkt ihres Standorts blockiert (Q262677). Klicken Sie auf einen Balken, um seine Clients aufzulisten, auf seinen schraffierten Teil für die blockierten.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 clients</source>
        <translation>%1 (%2): %3 Clients</translation>
    </message>
    <message>
        <source>%1 of them upgrade-blocked at a logon point of their site (Q262677)</source>
        <translation>davon %1 mit blockiertem Upgrade an einem Anmeldepunkt ihres Standorts (Q262677)</translation>
    </message>
    <message>
        <source>Click to list the blocked clients of this version.</source>
        <translation>Klicken, um die blockierten Clients dieser Version aufzulisten.</translation>
    </message>
    <message>
        <source>Click to list the clients of this version.</source>
        <translation>Klicken, um die Clients dieser Version aufzulisten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens the CapPlanner console.</source>
        <translation>Öffnet die CapPlanner-Konsole.</translation>
    </message>
    <message>
        <source>The inventory to open.</source>
        <translation>Das zu öffnende Inventar.</translation>
    </message>
    <message>
        <source>CapPlanner</source>
        <translation>CapPlanner</translation>
    </message>
</context>
</TS>