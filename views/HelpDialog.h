#pragma once

#include <QDialog>

class QMenu;

// Help > User Guide (F1): how to plan a transition, read the timeline, run a what-if and export a
// report, with the Knowledge Base articles behind each rule.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    static QString guideHtml();
    // User Guide, About CapPlanner and About Qt, added to `help`.
    static void addHelpMenu(QMenu* help, QWidget* parent);
};
