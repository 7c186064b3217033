// SPDX-License-Identifier: Apache-2.0
// SecretValueEdit: the multi-line editor for a new secret value (plain text, JSON...), and, read
// only, the value panel's view of a stored one. Its text is never logged; wipe() overwrites what
// it can reach (the document and every copy handed out by takeValue()) before clearing it. Every
// way text leaves it (Ctrl+C, cut, a drag, the X11 selection of a mouse selection) goes through
// createMimeDataFromSelection(), which marks the data as a password and hands it to the
// ClipboardGuard, so that copy too is cleared after the delay.
#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace keystage::ui {

class ClipboardGuard;

class SecretValueEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SecretValueEdit(QWidget *parent = nullptr);

    bool isEmpty() const;
    int length() const;
    QString value() const; // a copy: the caller wipes it (wipeString)
    void wipe();
    // Without a guard, copies are still marked as passwords but nothing clears them.
    void setClipboardGuard(ClipboardGuard *guard);

    static void wipeString(QString &text);

protected:
    QMimeData *createMimeDataFromSelection() const override;

private:
    QPointer<ClipboardGuard> m_guard;
};

} // namespace keystage::ui
