-- The viewer's time zone (an IANA name), chosen on the Account page or detected from the browser.
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
