// SPDX-License-Identifier: Apache-2.0
// AutoRotationDialog: turns a secret's auto rotation on or off and sets its period (a number of
// hours or days, 6 hours to 365 days as the definitions allow), checked before anything is sent.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace keystage {
struct Secret;
}

namespace keystage::ui {

class AutoRotationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AutoRotationDialog(const Secret &secret, QWidget *parent = nullptr);

    bool autoRotation() const;
    QString period() const; // "30d", "12h"
    QString problem() const; // why Apply is disabled, or empty

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *unitBox() const { return m_unit; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void updateState();

    bool m_wasOn = false;
    QString m_wasPeriod;
    QCheckBox *m_enabled;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLabel *m_problem;
    QPushButton *m_apply;
};

} // namespace keystage::ui
