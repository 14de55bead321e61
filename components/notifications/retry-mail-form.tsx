import { Button } from "@/components/ui/button";
import { retryMailAction } from "@/lib/notifications/actions";

/** Sends a failed e-mail again; the admin comes back to `back` (the outbox when not given). */
export function RetryMailForm({
  lng,
  id,
  label,
  back,
}: {
  lng: string;
  id: string;
  label: string;
  back?: string;
}) {
  return (
    <form action={retryMailAction}>
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="id" value={id} />
      {back && <input type="hidden" name="back" value={back} />}
      <Button type="submit" variant="quiet">
        {label}
      </Button>
    </form>
  );
}
