#pragma once

#include "core/model/Authority.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace foi::core {
class EmailIntakeService;
} // namespace foi::core

namespace foi::ui {

class Notifier;

// Email intake in the GUI: for each .eml file (File ▸ Import email…, or dropped on the case
// list) the intake's plan is shown in an EmailImportDialog, and only what the officer accepts is
// saved, through EmailIntakeService. A file that cannot be read, or a change the service
// refuses, is told through the notifier and the next file follows. The preview runs modally; the
// result is announced, never shown here.
class EmailImport : public QObject
{
    Q_OBJECT
public:
    using AuthorityFor = std::function<core::Authority()>;

    EmailImport(core::EmailIntakeService &intake, Notifier &notifier, AuthorityFor authority,
                QWidget *dialogParent, QObject *parent = nullptr);

    void importFiles(const QStringList &paths);

    // The files of a drop that look like saved emails (.eml), in order.
    static QStringList emailFilesIn(const QStringList &paths);

signals:
    // A message was taken in: `created` when it made case `reference`.
    void imported(const QString &reference, bool created, const QString &summary);

private:
    core::EmailIntakeService &m_intake;
    Notifier &m_notifier;
    AuthorityFor m_authority;
    QWidget *m_dialogParent;
};

} // namespace foi::ui
