// SPDX-License-Identifier: Apache-2.0
// RotateNowDialog: the preview of a rotation, a risky change that cannot be undone. It says what
// happens to SYSCURRENT and SYSPREVIOUS and, for a database secret, to the login, before the
// user confirms. Cancel is the default button. Never a value.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace keystage {
struct RotationPlan;
}

namespace keystage::ui {

class RotateNowDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RotateNowDialog(const RotationPlan &plan, QWidget *parent = nullptr);

    // The preview's lines, as shown (tests, accessibility).
    QString stagesText() const;
    QString loginText() const;
    QString undoText() const;
    QPushButton *rotateButton() const { return m_rotate; }

    static QString stagesEffect(const RotationPlan &plan);
    static QString loginEffect(const RotationPlan &plan);

private:
    QLabel *m_stages;
    QLabel *m_login;
    QLabel *m_undo;
    QPushButton *m_rotate;
};

} // namespace keystage::ui
