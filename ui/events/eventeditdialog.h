// SPDX-License-Identifier: Apache-2.0
// EventEditDialog: the form of one event (CreateSecretEvent / UpdateSecretEvent): name (new
// events only), the base event types it fires on, enabled, and its SMN target. Checks the
// definitions' rules before anything is sent (name and target patterns, at least one type) and
// says what is missing; Save stays disabled until the form is valid.
#pragma once

#include "core/api/eventtypes.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace keystage::ui {

class EventEditDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: the event to edit (its name cannot change), or null for a new event.
    explicit EventEditDialog(const SecretEvent *existing, QWidget *parent = nullptr);

    // Everything the form holds (for an edit, without the name: the path names the event).
    SecretEventRequest request() const;
    bool isNew() const { return m_new; }
    // Why Save is disabled; empty when the form is valid.
    QString problem() const;
    static QString typeLabel(const QString &type); // "Version created" for SECRET_VERSION_CREATED

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *targetIdEdit() const { return m_targetId; }
    QLineEdit *targetNameEdit() const { return m_targetName; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *typeBox(const QString &type) const { return m_types.value(type); }
    QPushButton *saveButton() const { return m_save; }

private:
    void updateState();

    bool m_new;
    QLineEdit *m_name;
    QHash<QString, QCheckBox *> m_types;
    QStringList m_otherTypes; // types of an existing event this version does not know: kept
    QCheckBox *m_enabled;
    QLineEdit *m_targetId;
    QLineEdit *m_targetName;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace keystage::ui
