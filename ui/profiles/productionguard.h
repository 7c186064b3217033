// SPDX-License-Identifier: Apache-2.0
// ProductionGuard: before a destructive action on a production profile, the user types the
// profile's name; the confirm button stays disabled until the text matches exactly. confirm()
// opens the dialog window-modal with open() (no nested event loop) and answers through a
// callback; for other profiles it answers at once. productionMarkerColor() is the colour of the
// "production" marker in the window title area and the toolbar.
#pragma once

#include "core/profile/profile.h"

#include <QColor>
#include <QDialog>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace keystage::ui {

// A strong red that reads as "careful" on light and dark palettes alike.
QColor productionMarkerColor();
// The short marker text ("PRODUCTION"), translated.
QString productionMarkerText();

class ProductionGuard : public QDialog
{
    Q_OBJECT

public:
    // action: what is about to happen, e.g. tr("Delete 3 secrets immediately").
    ProductionGuard(const Profile &profile, const QString &action, QWidget *parent = nullptr);
    ~ProductionGuard() override;

    // True when the typed text is the profile's name.
    bool isConfirmed() const;
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *confirmButton() const { return m_confirm; }

    // Asks when profile.production is set and calls done(true) once the user typed the name and
    // confirmed, done(false) when they cancel or the dialog goes away unanswered. For a profile
    // not marked production, done(true) runs before confirm() returns. done runs at most once,
    // and never after `context` is destroyed. Returns the dialog while it is open, else null.
    static ProductionGuard *confirm(QWidget *parent, const Profile &profile, const QString &action,
                                    QObject *context, std::function<void(bool confirmed)> done);
    // Tests: the next confirm() for a production profile answers this at once, without a dialog.
    static void setNextAnswerForTesting(std::optional<bool> answer);

private:
    void updateState();

    QString m_expected;
    QLabel *m_prompt;
    QLineEdit *m_nameEdit;
    QPushButton *m_confirm;
};

} // namespace keystage::ui
