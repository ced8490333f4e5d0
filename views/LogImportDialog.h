#pragma once

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

// File > Import Logs: what `capplanner logs import` reads, chosen with file dialogs. Either a folder
// of per-client folders named after the clients, or log files (or a folder) of one named client.
class LogImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LogImportDialog(QWidget* parent = nullptr);

    QStringList paths() const;
    // The client the files belong to; empty for per-client folders.
    QString client() const;
    // Fills the dialog (tests, and what was chosen before).
    void setPaths(const QStringList& paths);
    void setClient(const QString& client);

private:
    void addFiles();
    void addFolder();
    void update();

    QRadioButton* m_perClient;
    QRadioButton* m_oneClient;
    QLineEdit* m_client;
    QListWidget* m_paths;
    QDialogButtonBox* m_buttons;
};
