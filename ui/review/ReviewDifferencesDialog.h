#pragma once

#include "core/review/CaseDifference.h"

#include <QDialog>

namespace foi::ui {

// Shows side by side what changed in a case between the version a reviewer decided on and the
// current one, when a review response arrives too late to be imported. Read-only: nothing is
// overwritten; the officer exports the case for review again.
class ReviewDifferencesDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDifferencesDialog(const QString &message, const QList<core::FieldDifference> &differences,
                            QWidget *parent = nullptr);
};

} // namespace foi::ui
