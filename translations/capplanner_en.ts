<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>InventoryEditor</name>
    <message numerus="yes">
        <source>%n child site(s)</source>
        <translation>
            <numerusform>%n child site</numerusform>
            <numerusform>%n child sites</numerusform>
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
        <source>%n CAP(s)</source>
        <translation>
            <numerusform>%n CAP</numerusform>
            <numerusform>%n CAPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logon point(s)</source>
        <translation>
            <numerusform>%n logon point</numerusform>
            <numerusform>%n logon points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved plan(s)</source>
        <translation>
            <numerusform>%n saved plan</numerusform>
            <numerusform>%n saved plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blackout(s)</source>
        <translation>
            <numerusform>%n blackout</numerusform>
            <numerusform>%n blackouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message numerus="yes">
        <source>
%n line(s) could not be read</source>
        <translation>
            <numerusform>
%n line could not be read</numerusform>
            <numerusform>
%n lines could not be read</numerusform>
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
</context>
<context>
    <name>SiteTreeModel</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
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
</context>
</TS>
