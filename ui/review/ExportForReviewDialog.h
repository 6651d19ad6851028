#pragma once

#include "core/review/KeyRing.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace foi::ui {

// Asks how to export a case for review: for which trusted reviewer (the bundle is then
// encrypted for them) or for anyone, and whether to include the requester's details, which is
// off by default and recorded in the audit trail when chosen.
class ExportForReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ExportForReviewDialog(const QString &reference, const QList<core::KeyRing::Entry> &trusted,
                          QWidget *parent = nullptr);

    std::optional<core::PublicKey> reviewer() const;
    bool includeRequester() const;
    // Said above the buttons, and OK says it too: exporting an approved case withdraws the
    // approval.
    void setWarning(const QString &text);

private:
    QList<core::KeyRing::Entry> m_trusted;
    QComboBox *m_reviewerCombo = nullptr;
    QCheckBox *m_includeRequesterCheck = nullptr;
    QLabel *m_warningLabel = nullptr;
};

} // namespace foi::ui
