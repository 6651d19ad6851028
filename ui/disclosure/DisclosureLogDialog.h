#pragma once

#include "core/model/DisclosureLogEntry.h"
#include "core/support/Result.h"

#include <QDate>
#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace foi::core {
class DisclosureLogService;
}

namespace foi::ui {

class Notifier;

// Case › Prepare for disclosure log…: one case's entry in the disclosure log
// (docs/disclosure-log.md). It lists the personal-data hits of the newest version in their
// context, with Redact and Keep (with a reason), shows the request and the reply as they will
// be published, the versions so far, and the next step: prepare (or prepare a correction),
// submit, approve or return (a second officer: the officer named in Settings), publish. Every
// change goes through the service and is read back; a refusal goes to the notifier. A button
// that cannot be used says why in its tool tip.
class DisclosureLogDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        core::DisclosureLogService &service;
        Notifier &notifier;
        std::function<QString()> officer;
        std::function<QDate()> today;
    };

    DisclosureLogDialog(const Context &context, QString reference, QWidget *parent = nullptr);

    // Reads the case's versions again and shows the newest.
    void reload();

private:
    void buildHits(QWidget *into);
    void buildSteps(QWidget *into);
    void showEntry();
    void showHits();
    void showVersions();
    void updateButtons();
    void decideSelected(core::HitDecision decision);
    // Runs one step of the service, then reads the entry back.
    void step(const std::function<core::Result<core::DisclosureLogEntry>()> &run);
    const core::PersonalDataHit *selectedHit() const;

    Context m_context;
    QString m_reference;
    QList<core::DisclosureLogEntry> m_versions;
    QLabel *m_status = nullptr;
    QTableWidget *m_hits = nullptr;
    QLineEdit *m_keepReason = nullptr;
    QPushButton *m_redact = nullptr;
    QPushButton *m_keep = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QListWidget *m_versionList = nullptr;
    QPushButton *m_prepare = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_approve = nullptr;
    QLineEdit *m_returnReason = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace foi::ui
