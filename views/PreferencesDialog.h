#pragma once

#include <QDialog>

class QComboBox;

// Edit > Preferences: the console's language. The choice applies from the next start, when every
// window is built in it.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language;
};
