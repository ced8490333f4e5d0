<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignCalendar</name>
    <message numerus="yes">
        <source>Remove %1. The safe removal time: every exposed client has refreshed its list by then, its longest disconnection and blackouts counted with the CCIM cycle and the retry (Q260824, Q231232, Q236052; %Ln client(s) still pending).</source>
        <translation>
            <numerusform>Remove %1. The safe removal time: every exposed client has refreshed its list by then, its longest disconnection and blackouts counted with the CCIM cycle and the retry (Q260824, Q231232, Q236052; %Ln client still pending).</numerusform>
            <numerusform>Remove %1. The safe removal time: every exposed client has refreshed its list by then, its longest disconnection and blackouts counted with the CCIM cycle and the retry (Q260824, Q231232, Q236052; %Ln clients still pending).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message numerus="yes">
        <source>%Ln CAP(s) short of licences</source>
        <translation>
            <numerusform>%Ln CAP short of licences</numerusform>
            <numerusform>%Ln CAPs short of licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade-blocked client(s)</source>
        <translation>
            <numerusform>%Ln upgrade-blocked client</numerusform>
            <numerusform>%Ln upgrade-blocked clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) a logon point stops serving</source>
        <translation>
            <numerusform>%Ln site a logon point stops serving</numerusform>
            <numerusform>%Ln sites a logon point stops serving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) without automatic recovery</source>
        <translation>
            <numerusform>%Ln client without automatic recovery</numerusform>
            <numerusform>%Ln clients without automatic recovery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) at risk at the proposed removal</source>
        <translation>
            <numerusform>%Ln client at risk at the proposed removal</numerusform>
            <numerusform>%Ln clients at risk at the proposed removal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln site(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln site</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) not planned</source>
        <translation>
            <numerusform>%Ln site not planned</numerusform>
            <numerusform>%Ln sites not planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b06000'&gt;%Ln difference(s) from the saved figures&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#b06000'&gt;%Ln difference from the saved figures&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style='color:#b06000'&gt;%Ln differences from the saved figures&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>UNSAFE: no removal time is safe; removing %1 would orphan %Ln exposed client(s) (Q260824).</source>
        <translation>
            <numerusform>UNSAFE: no removal time is safe; removing %1 would orphan %Ln exposed client (Q260824).</numerusform>
            <numerusform>UNSAFE: no removal time is safe; removing %1 would orphan %Ln exposed clients (Q260824).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UNSAFE: the proposed removal is before the safe time %1; %Ln exposed client(s) could be orphaned (Q260824). Remove at %1 instead.</source>
        <translation>
            <numerusform>UNSAFE: the proposed removal is before the safe time %1; %Ln exposed client could be orphaned (Q260824). Remove at %1 instead.</numerusform>
            <numerusform>UNSAFE: the proposed removal is before the safe time %1; %Ln exposed clients could be orphaned (Q260824). Remove at %1 instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade the %Ln upgrade-blocked client(s) (%1) from a CAP %2: Boot32wn at the logon point will not upgrade them, and if orphaned no logon can rescue them (Q262677, Q236052).</source>
        <translation>
            <numerusform>Upgrade the %Ln upgrade-blocked client (%1) from a CAP %2: Boot32wn at the logon point will not upgrade them, and if orphaned no logon can rescue them (Q262677, Q236052).</numerusform>
            <numerusform>Upgrade the %Ln upgrade-blocked clients (%1) from a CAP %2: Boot32wn at the logon point will not upgrade them, and if orphaned no logon can rescue them (Q262677, Q236052).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm that the %Ln client(s) without automatic recovery (%1) have refreshed %2: if orphaned they cannot come back by themselves.</source>
        <translation>
            <numerusform>Confirm that the %Ln client without automatic recovery (%1) have refreshed %2: if orphaned they cannot come back by themselves.</numerusform>
            <numerusform>Confirm that the %Ln clients without automatic recovery (%1) have refreshed %2: if orphaned they cannot come back by themselves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>capplanner: expected %n argument(s); see --help</source>
        <translation>
            <numerusform>capplanner: expected %n argument; see --help</numerusform>
            <numerusform>capplanner: expected %n arguments; see --help</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) could not be read</source>
        <translation>
            <numerusform>%1: %n line could not be read</numerusform>
            <numerusform>%1: %n lines could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created a demo inventory with %n client(s) in %1 s: %2</source>
        <translation>
            <numerusform>Created a demo inventory with %n client in %1 s: %2</numerusform>
            <numerusform>Created a demo inventory with %n clients in %1 s: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Imported %n row into %1.</numerusform>
            <numerusform>Imported %n rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 in %3 s.</source>
        <translation>
            <numerusform>Copied %n row from %1 to %2 in %3 s.</numerusform>
            <numerusform>Copied %n rows from %1 to %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s)</source>
        <translation>
            <numerusform>%n unreadable line</numerusform>
            <numerusform>%n unreadable lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n last refresh(es) moved forward</source>
        <translation>
            <numerusform>%n last refresh moved forward</numerusform>
            <numerusform>%n last refreshes moved forward</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1: %n site(s), ends %2
</source>
        <translation>
            <numerusform>Campaign %1: %n site, ends %2
</numerusform>
            <numerusform>Campaign %1: %n sites, ends %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CAP(s) recorded</source>
        <translation>
            <numerusform>%n CAP recorded</numerusform>
            <numerusform>%n CAPs recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown server(s)</source>
        <translation>
            <numerusform>%n unknown server</numerusform>
            <numerusform>%n unknown servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown client(s)</source>
        <translation>
            <numerusform>%n unknown client</numerusform>
            <numerusform>%n unknown clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registry export(s) into %1</source>
        <translation>
            <numerusform>Wrote %n registry export into %1</numerusform>
            <numerusform>Wrote %n registry exports into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported</source>
        <translation>
            <numerusform>%n row refused; nothing was imported</numerusform>
            <numerusform>%n rows refused; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) superseded by a newer export of the same client</source>
        <translation>
            <numerusform>%n file superseded by a newer export of the same client</numerusform>
            <numerusform>%n files superseded by a newer export of the same client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln covered client(s) know %1, which stays: removing %2 cannot orphan them, and they do not hold the safe time back (Q260824).</source>
        <translation>
            <numerusform>%Ln covered client know %1, which stays: removing %2 cannot orphan them, and they do not hold the safe time back (Q260824).</numerusform>
            <numerusform>%Ln covered clients know %1, which stays: removing %2 cannot orphan them, and they do not hold the safe time back (Q260824).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At risk if removed at %1: %Ln client(s)
</source>
        <translation>
            <numerusform>At risk if removed at %1: %Ln client
</numerusform>
            <numerusform>At risk if removed at %1: %Ln clients
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  licences: %1 has %2, expects %Ln connection(s) at peak
</source>
        <translation>
            <numerusform>  licences: %1 has %2, expects %Ln connection at peak
</numerusform>
            <numerusform>  licences: %1 has %2, expects %Ln connections at peak
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  old password of %1 (changed %2): %Ln holder(s)</source>
        <translation>
            <numerusform>  old password of %1 (changed %2): %Ln holder</numerusform>
            <numerusform>  old password of %1 (changed %2): %Ln holders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln fallback client(s) delayed by lockout: every account left to them is locked out; updated by %1
</source>
        <translation>
            <numerusform>  %Ln fallback client delayed by lockout: every account left to them is locked out; updated by %1
</numerusform>
            <numerusform>  %Ln fallback clients delayed by lockout: every account left to them is locked out; updated by %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln orphaned client(s) recover at their next logon through Logon Discovery (Q237759)
</source>
        <translation>
            <numerusform>  %Ln orphaned client recover at their next logon through Logon Discovery (Q237759)
</numerusform>
            <numerusform>  %Ln orphaned clients recover at their next logon through Logon Discovery (Q237759)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln orphaned client(s) never uninstall themselves: Site Config Last Checked is missing (Q265358)
</source>
        <translation>
            <numerusform>  %Ln orphaned client never uninstall themselves: Site Config Last Checked is missing (Q265358)
</numerusform>
            <numerusform>  %Ln orphaned clients never uninstall themselves: Site Config Last Checked is missing (Q265358)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  recovery %1: %2, %Ln client(s). %3
</source>
        <translation>
            <numerusform>  recovery %1: %2, %Ln client. %3
</numerusform>
            <numerusform>  recovery %1: %2, %Ln clients. %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotation: a new account every %Ln day(s), %1 accounts valid at once
</source>
        <translation>
            <numerusform>Rotation: a new account every %Ln day, %1 accounts valid at once
</numerusform>
            <numerusform>Rotation: a new account every %Ln days, %1 accounts valid at once
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message numerus="yes">
        <source>%Ln child site(s)</source>
        <translation>
            <numerusform>%Ln child site</numerusform>
            <numerusform>%Ln child sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
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
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logon point(s)</source>
        <translation>
            <numerusform>%Ln logon point</numerusform>
            <numerusform>%Ln logon points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved plan(s)</source>
        <translation>
            <numerusform>%Ln saved plan</numerusform>
            <numerusform>%Ln saved plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blackout(s)</source>
        <translation>
            <numerusform>%Ln blackout</numerusform>
            <numerusform>%Ln blackouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogImporter</name>
    <message numerus="yes">
        <source>%1: %Ln finding(s)</source>
        <translation>
            <numerusform>%1: %Ln finding</numerusform>
            <numerusform>%1: %Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message numerus="yes">
        <source>
%Ln line(s) could not be read</source>
        <translation>
            <numerusform>
%Ln line could not be read</numerusform>
            <numerusform>
%Ln lines could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported %Ln row(s) into %1.</source>
        <translation>
            <numerusform>Imported %Ln row into %1.</numerusform>
            <numerusform>Imported %Ln rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the logs of %Ln client(s): %1, %2.</source>
        <translation>
            <numerusform>Read the logs of %Ln client: %1, %2.</numerusform>
            <numerusform>Read the logs of %Ln clients: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) recorded</source>
        <translation>
            <numerusform>%Ln finding recorded</numerusform>
            <numerusform>%Ln findings recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln last refresh(es) moved forward</source>
        <translation>
            <numerusform>%Ln last refresh moved forward</numerusform>
            <numerusform>%Ln last refreshes moved forward</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%Ln line could not be read and were left out.</numerusform>
            <numerusform>%Ln lines could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message numerus="yes">
        <source>%Ln site(s) proposed.</source>
        <translation>
            <numerusform>%Ln site proposed.</numerusform>
            <numerusform>%Ln sites proposed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordWhatIfPlanner</name>
    <message numerus="yes">
        <source>%Ln orphaned client(s) never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</source>
        <translation>
            <numerusform>%Ln orphaned client never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</numerusform>
            <numerusform>%Ln orphaned clients never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryEvidence</name>
    <message numerus="yes">
        <source>%1: %Ln CAP(s)</source>
        <translation>
            <numerusform>%1: %Ln CAP</numerusform>
            <numerusform>%1: %Ln CAPs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message numerus="yes">
        <source>%1: %Ln cell(s) where the header has %2</source>
        <translation>
            <numerusform>%1: %Ln cell where the header has %2</numerusform>
            <numerusform>%1: %Ln cells where the header has %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteImportWizard</name>
    <message numerus="yes">
        <source>%Ln file(s) read</source>
        <translation>
            <numerusform>%Ln file read</numerusform>
            <numerusform>%Ln files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) with evidence</source>
        <translation>
            <numerusform>%Ln client with evidence</numerusform>
            <numerusform>%Ln clients with evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln CAP(s) held</source>
        <translation>
            <numerusform>%Ln CAP held</numerusform>
            <numerusform>%Ln CAPs held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln last refresh(es) moved forward</source>
        <translation>
            <numerusform>%Ln last refresh moved forward</numerusform>
            <numerusform>%Ln last refreshes moved forward</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) that never remove themselves</source>
        <translation>
            <numerusform>%Ln client that never remove themselves</numerusform>
            <numerusform>%Ln clients that never remove themselves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed server(s) the inventory does not hold</source>
        <translation>
            <numerusform>%Ln listed server the inventory does not hold</numerusform>
            <numerusform>%Ln listed servers the inventory does not hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of unknown clients (skipped)</source>
        <translation>
            <numerusform>%Ln file of unknown clients (skipped)</numerusform>
            <numerusform>%Ln files of unknown clients (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) superseded by a newer export of the same client</source>
        <translation>
            <numerusform>%Ln file superseded by a newer export of the same client</numerusform>
            <numerusform>%Ln files superseded by a newer export of the same client</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteTreeModel</name>
    <message numerus="yes">
        <source>%Ln client(s) at this site</source>
        <translation>
            <numerusform>%Ln client at this site</numerusform>
            <numerusform>%Ln clients at this site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) with its child sites</source>
        <translation>
            <numerusform>%Ln client with its child sites</numerusform>
            <numerusform>%Ln clients with its child sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionPlanner</name>
    <message numerus="yes">
        <source>%Ln pending client(s) without a disconnection profile: planned with the longest disconnection of all profiles, %1 hours.</source>
        <translation>
            <numerusform>%Ln pending client without a disconnection profile: planned with the longest disconnection of all profiles, %1 hours.</numerusform>
            <numerusform>%Ln pending clients without a disconnection profile: planned with the longest disconnection of all profiles, %1 hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionReport</name>
    <message numerus="yes">
        <source>%Ln orphaned client(s) never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</source>
        <translation>
            <numerusform>%Ln orphaned client never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</numerusform>
            <numerusform>%Ln orphaned clients never uninstall themselves: their Site Config Last Checked value is missing (Q265358).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionWizard</name>
    <message numerus="yes">
        <source>%Ln client(s) at risk</source>
        <translation>
            <numerusform>%Ln client at risk</numerusform>
            <numerusform>%Ln clients at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Removing at %1 orphans %Ln client(s): safe only from %2</source>
        <translation>
            <numerusform>⚠ Removing at %1 orphans %Ln client: safe only from %2</numerusform>
            <numerusform>⚠ Removing at %1 orphans %Ln clients: safe only from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln licence(s) per server</source>
        <translation>
            <numerusform>%Ln licence per server</numerusform>
            <numerusform>%Ln licences per server</numerusform>
        </translation>
    </message>
</context>
</TS>