#!/usr/bin/env bash
# Rotates the token-signing key pair in certs/ (or $JWT_KEY_DIR) without logging anybody out:
# a new private key becomes the signing key, and jwt_public.pem lists the new public key followed
# by the previous one, so tokens signed before the rotation stay valid until they expire.
# Older keys are dropped. Restart (or roll) both apps afterwards; they read the keys at start-up.
#
#   scripts/rotate-jwt-keys.sh            rotate (or create the first pair)
#
# Needs openssl. With JWT_PRIVATE_KEY / JWT_PUBLIC_KEY in the environment instead of files, put
# the new private key in JWT_PRIVATE_KEY and both public PEM blocks in JWT_PUBLIC_KEY.
set -euo pipefail

dir=${JWT_KEY_DIR:-certs}
command -v openssl >/dev/null || { echo "rotate-jwt-keys: openssl is needed" >&2; exit 1; }
mkdir -p "$dir"
umask 077
work=$(mktemp -d "$dir/.rotate.XXXXXX")
trap 'rm -rf "$work"' EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"

cp "$work/public.pem" "$work/public-set.pem"
if [[ -f "$dir/jwt_private.pem" ]]; then
  # the previous signing key's public half (derived, so it is right even if jwt_public.pem is stale)
  openssl pkey -in "$dir/jwt_private.pem" -pubout >>"$work/public-set.pem"
fi

chmod 600 "$work/private.pem"
chmod 644 "$work/public-set.pem"
mv -f "$work/public-set.pem" "$dir/jwt_public.pem"
mv -f "$work/private.pem" "$dir/jwt_private.pem"
echo "rotate-jwt-keys: new signing key in $dir/jwt_private.pem; $dir/jwt_public.pem lists $(grep -c 'BEGIN PUBLIC KEY' "$dir/jwt_public.pem") key(s). Restart the apps."
