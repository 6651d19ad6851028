#pragma once

#include <QScrollArea>

namespace foi::core {
struct Case;
}

namespace foi::ui {

// Review mode's "After the reply" tab: what a second officer needs to review a review or the
// handling of a complaint to the Commissioner, read-only from the bundle's case file: the case's
// timeline (request, reply, reviews, the ICO, the tribunal), each internal review with its
// reviewer, the decision and reasons on every reviewed item, the derived outcome and what it
// releases, and each Commissioner matter with its decision notice, steps and appeals.
class MattersReviewPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit MattersReviewPage(const core::Case &theCase, QWidget *parent = nullptr);

    // Whether the case has anything after the reply to show (no tab otherwise).
    static bool hasMatters(const core::Case &theCase);
};

} // namespace foi::ui
